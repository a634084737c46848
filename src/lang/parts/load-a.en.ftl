
## load-a

