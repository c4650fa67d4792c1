"""销售助手 core: CRM data, analytics, the agent and its tools, summaries, voice, compliance."""
