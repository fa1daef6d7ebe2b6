"""diagram/story"""
