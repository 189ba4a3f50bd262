"""Record editors: the generated forms wrapped with loading, reading back and errors."""
