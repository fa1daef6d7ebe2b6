"""Content packs: pure Python loading and checking of topics, glossary and diagram text."""
