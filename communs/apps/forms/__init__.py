"""L'IANE: clarity audits of administrative forms."""
