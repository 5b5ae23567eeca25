"""The Scrapy project: what to fetch next (discover -> fetch)."""
