"""Chat channels (WeCom, Telegram, web) and the FastAPI app they plug into."""
