"""The instrument as data: forms, indicator lists and next-step rules, loaded in stages.

read (YAML with line numbers) -> schema -> meaning -> immutable model.
"""
