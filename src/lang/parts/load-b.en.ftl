
## load-b

