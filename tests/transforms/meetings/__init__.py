"""Tests of the meeting extractor's stages; the helper below is shared by several test files."""
from __future__ import annotations

from transforms.meetings import find_meetings
from transforms.records import Meeting


def only_meeting(title: str, body: str) -> Meeting:
    """The one meeting TITLE and BODY report (the test fails when there are none or several)."""
    meetings = find_meetings(title, body)
    assert len(meetings) == 1, meetings
    return meetings[0]
