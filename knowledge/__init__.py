"""The script library (话术库): Markdown scripts, their Chroma store, retrieval and outcome learning."""
