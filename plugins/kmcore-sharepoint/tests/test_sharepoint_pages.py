"""Stories and innovations as site pages: text web parts only, escaped, published, updated in
place, deleted when withdrawn."""

from __future__ import annotations

import attrs
from kmcore.records.story import Story
from kmcore.records.vocab import Status
from kmcore.sync import engine

from sharepoint_world import World


def _story(world: World) -> Story:
    from kmcore.records.story import Requester
    from kmcore.records.vocab import StoryKind

    story = Story(id="story-pages-1", title="<script>x</script> & more",
                  summary="Ward <b>7</b> cut falls.", status=Status.PUBLISHED,
                  kind=next(iter(StoryKind)), who_asked=Requester(role="Ward sister"),
                  challenge="Falls at night.", what_we_did="An evidence search.",
                  how_it_helped="A new bay layout.")
    kb = world.open()
    try:
        kb.add(story)
    finally:
        kb.close()
    return story


def test_a_story_becomes_a_published_page_with_escaped_text(world: World) -> None:
    _story(world)
    world.write_target(record_types=["story"], pages=["story"])
    [report] = world.sync()
    assert report.ok, report.render_text()
    [page] = list(world.site.pages.values())
    assert page.name == "kmcore-story-pages-1.aspx"
    assert page.state == "published"
    html = str(page.body["canvasLayout"])
    assert "<script>" not in html and "&lt;b&gt;7&lt;/b&gt;" in html
    parts = page.body["canvasLayout"]["horizontalSections"][0]["columns"][0]["webparts"]
    assert parts and all(set(p) == {"id", "innerHtml"} for p in parts)

    kb = world.open()
    try:
        story = kb.get("story-pages-1")
        kb.update(attrs.evolve(story, summary="Falls fell by a third."))
        [again] = engine.sync(kb)
        assert again.ok, again.render_text()
        assert list(world.site.pages) == [page.id]  # updated in place
        assert "Falls fell by a third." in str(world.site.pages[page.id].body["canvasLayout"])
        assert world.site.pages[page.id].state == "published"
        kb.delete("story-pages-1")
        [gone] = engine.sync(kb)
    finally:
        kb.close()
    assert gone.ok, gone.render_text()
    assert world.site.pages == {}
