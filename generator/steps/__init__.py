"""How build.py runs each stage: the pure stage functions (parse/, group/, merge/, render/)
wrapped in what makes a build fast, the caches in .cache/ and the worker processes.

One module per stage, each a few functions: look here to see why a rebuild redoes only part of
the work, and in the stage packages for what the work is.
"""
