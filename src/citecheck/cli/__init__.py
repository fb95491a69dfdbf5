"""The command line: thin rooms over the library, one file per command."""
