"""diagram/paint"""
