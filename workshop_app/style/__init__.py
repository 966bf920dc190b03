"""How the map looks, as plain data: colours, widths and marks shared by the canvas and every
exporter (SVG, PDF pack, HTML), so a change shows everywhere at once. No Qt."""
