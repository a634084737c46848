
## derive

