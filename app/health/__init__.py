"""`/health` for the load balancer: is the database reachable, how far does the index lag?"""
