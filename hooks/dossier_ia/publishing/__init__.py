"""Publishing extras: what a published site adds around the pages (security policy, feeds,
share cards, structured data, the PDF dossier), as pure functions of the built pages or the model."""
