"""diagram/qt"""
