"""ui/docks"""
