"""The Map page's parts: the view, its layers (tiles, places, grid lines, records), symbols."""
