"""newsdigest: turn a folder of news articles into a static-site digest."""

__version__ = "0.1.0"
