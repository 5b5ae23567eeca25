"""The crawl's own signals, carried by Scrapy's signal manager between its components."""

# The store found an archived URL's identity in question (another URL claims its post
# id): the spider asks it again before the run ends, so the site's answer settles it.
recheck_url = object()
