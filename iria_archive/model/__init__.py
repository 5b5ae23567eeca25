"""The archive's model: what a crawl finds and hands on, named once. No Scrapy here."""
