
## cmd

