"""The `dpia` subcommands, one module each; each exposes register(subparsers)."""
