"""The CRM data layer: models, sessions, queries, demo data, CSV import/export."""
