"""Read models for the web pages: what a page shows, computed in the core with the user's scope.

Channels may not query the CRM, the analytics or the compliance store; the web pages call
these functions instead (each opens its own session and checks who is asking).
"""
