"""The rules core: stays, rules and their evaluation. Pure Python; never imports Qt."""
