
## engine

