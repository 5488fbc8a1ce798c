"""boilerstrip's command-line layer: finds inputs, runs the cleaners library, writes outputs."""
