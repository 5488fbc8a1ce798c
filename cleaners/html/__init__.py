"""The HTML way: a page parsed once, its main content extracted with trafilatura, then pruned."""
