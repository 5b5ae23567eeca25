"""WordPress's comments as every theme shows them: the approved comments and comment_form()."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from .content import Post
from .render import display_date, e, parse_date, post_url


@dataclass(frozen=True)
class Comment:
    """One approved comment as themes show it."""

    id: int
    name: str
    text: str
    when: str  # ISO 8601
    shown: str  # "January 9, 2024 at 1:15 pm"


def comments(post: Post) -> list[Comment]:
    """The post's comments, each a few hours after the post."""
    found = []
    for k, (name, text) in enumerate(post.comments):
        moment = parse_date(post.published) + timedelta(hours=3 * (k + 1), minutes=post.id % 60)
        clock = f"{moment.hour % 12 or 12}:{moment:%M} {'am' if moment.hour < 12 else 'pm'}"
        when = moment.isoformat()
        found.append(
            Comment(post.id * 10 + k, name, text, when, f"{display_date(when)} at {clock}")
        )
    return found


def comment_form(base: str, post: Post, *, wordpress_ids: bool = True) -> str:
    """comment_form() with the site's "Leave a comment" title; `wordpress_ids` False: a
    hand-made form without WordPress's ids and classes (the same visible text)."""
    if not wordpress_ids:
        return f"""<div class="x-reply">
<h3>Leave a comment</h3>
<form action="{base}/news/wp-comments-post.php" method="post">
<p>Your email address will not be published. Required fields are marked *</p>
<p><label>Comment <textarea name="comment" cols="45" rows="8" required></textarea></label></p>
<p><label>Name * <input name="author" type="text" value="" required></label></p>
<p><label>Email * <input name="email" type="email" value="" required></label></p>
<p><input name="submit" type="submit" value="Post Comment">
<input type="hidden" name="comment_post_ID" value="{post.id}"></p>
</form>
</div>"""
    return f"""<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Leave a comment</h3>
<form action="{base}/news/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<p class="comment-form-comment"><label for="comment">Comment</label>
<textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
<p class="comment-form-author"><label for="author">Name *</label>
<input id="author" name="author" type="text" value="" size="30" required></p>
<p class="comment-form-email"><label for="email">Email *</label>
<input id="email" name="email" type="email" value="" size="30" required></p>
<p class="comment-form-url"><label for="url">Website</label>
<input id="url" name="url" type="url" value="" size="30"></p>
<p class="form-submit">
<input name="submit" type="submit" id="submit" class="submit" value="Post Comment">
<input type="hidden" name="comment_post_ID" value="{post.id}" id="comment_post_ID"></p>
</form>
</div>"""


def comments_area(base: str, post: Post) -> str:
    """A classic theme's comments.php: wp_list_comments() and comment_form()."""
    url = post_url(base, post.slug)
    parts = ['<div id="comments" class="comments-area">']
    if post.comments:
        count = len(post.comments)
        heading = "One thought" if count == 1 else f"{count} thoughts"
        parts.append(f'<h2 class="comments-title">{heading} on &ldquo;{e(post.title)}&rdquo;</h2>')
        parts.append('<ol class="comment-list">')
        for c in comments(post):
            parts.append(
                f'<li id="comment-{c.id}" class="comment depth-1">'
                f'<article id="div-comment-{c.id}" class="comment-body">'
                '<footer class="comment-meta"><div class="comment-author vcard">'
                f'<b class="fn">{e(c.name)}</b> <span class="says">says:</span></div>'
                f'<div class="comment-metadata"><a href="{url}#comment-{c.id}">'
                f'<time datetime="{c.when}">{c.shown}</time></a></div></footer>'
                f'<div class="comment-content"><p>{e(c.text)}</p></div>'
                '<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>'
                "</article></li>"
            )
        parts.append("</ol>")
    parts.append(comment_form(base, post))
    parts.append("</div>")
    return "\n".join(parts)
