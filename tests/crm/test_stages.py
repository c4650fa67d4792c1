"""One list of deal stages: the columns, the tool argument and the script library all read it."""

from __future__ import annotations

from typing import get_args

import pytest
from pydantic import ValidationError

from assistant.crm import models, stages
from assistant.tools.schemas import UpdateDealStageArgs
from knowledge import outcomes, script


def test_every_stage_list_is_the_one_in_assistant_crm_stages() -> None:
    assert stages.STAGES == ("prospecting", "qualification", "proposal", "negotiation", "won", "lost")
    assert models.STAGES is stages.STAGES and models.OPEN_STAGES is stages.OPEN_STAGES
    assert stages.OPEN_STAGES == tuple(s for s in stages.STAGES if s not in stages.CLOSED_STAGES)
    assert script.SCRIPT_STAGES is stages.STAGES
    assert get_args(UpdateDealStageArgs.model_fields["stage"].annotation) == stages.STAGES
    assert list(outcomes._STAGE_ORDER) == [s for s in stages.STAGES if s != "lost"]


def test_the_tool_argument_accepts_the_stages_and_nothing_else() -> None:
    for stage in stages.STAGES:
        assert UpdateDealStageArgs(deal="OPP-000001", stage=stage).stage == stage
    with pytest.raises(ValidationError):
        UpdateDealStageArgs(deal="OPP-000001", stage="closed")
