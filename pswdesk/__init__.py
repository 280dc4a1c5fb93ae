"""pswdesk: case notes for peer-support agencies."""

__version__ = "0.1.0"
