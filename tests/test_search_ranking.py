"""Record ranking: words close together only within a sentence, and records with only some
of the query's words ranked by how much they share the subject of the records with all of
them (a shared word in another sense)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import kmcore
from kmcore.kb import KnowledgeBase
from kmcore.records.innovation import Innovation
from kmcore.records.vocab import Stage
from kmcore.search._text import sentence_starts, words
from kmcore.search.feedback import OFF_TOPIC, SAME_SENSE, same_sense


def inn(slug: str, title: str, text: str) -> Innovation:
    return Innovation(id=f"inn-{slug}", title=title, lead="person-x", stage=Stage.IDEA,
                      problem=text, description=text)


def fillers(count: int) -> list[Innovation]:
    # Records on nothing the tests ask about, so the tests' words are rare (telling).
    return [inn(f"filler-{n}", f"Filler project {n}", f"Planning filler work for group {n}.")
            for n in range(count)]


@pytest.fixture
def make_kb(tmp_path: Path) -> Iterator[object]:
    opened: list[KnowledgeBase] = []

    def make(*records: Innovation) -> KnowledgeBase:
        kb = kmcore.init(tmp_path / f"kb{len(opened)}", name="Ranking")
        opened.append(kb)
        for record in (*records, *fillers(40)):
            kb.store.put(record)
        return kb

    yield make
    for kb in opened:
        kb.close()


def test_sentence_starts_at_stops_colons_and_line_breaks() -> None:
    text = "Staff voices: hearing what they said. It was 3.5 times more\nNew line; end"
    found = words(text)
    starts = sentence_starts(text)
    assert [found[i] for i in starts] == ["hearing", "it", "new", "end"]
    # A decimal point or an abbreviation's dot inside a word run is not a sentence end.
    assert sentence_starts("3.5 times, e.g.more") == []
    assert sentence_starts("") == [] and sentence_starts("One sentence only") == []


def test_words_in_different_sentences_are_not_close_together(make_kb) -> None:  # type: ignore[no-untyped-def]
    """ "Staff voices. Hearing the rota..." has "voices" and "hearing" side by side, but in
    two sentences: the record with "hearing the voices" in one sentence ranks first, and
    the other has no proximity at all."""
    kb = make_kb(
        inn("apart", "Rota survey", "Staff voices. Hearing the rota took a month."),
        inn("together", "Rota group", "Hearing the voices of staff took a month."),
    )
    results = kb.search("hearing voices")
    assert results.ids[:2] == ["inn-together", "inn-apart"]
    by_id = {h.id: h for h in results.hits}
    assert by_id["inn-apart"].proximity == 0.0
    assert 0.0 < by_id["inn-together"].proximity < 1.0


def test_same_sense_is_graded_by_the_telling_words_shared() -> None:
    assert same_sense(0) == pytest.approx(OFF_TOPIC)
    assert same_sense(SAME_SENSE) == same_sense(SAME_SENSE + 5) == 1.0
    steps = [same_sense(n) for n in range(SAME_SENSE + 1)]
    assert steps == sorted(steps) and len(set(steps)) == len(steps)


def test_a_word_shared_in_another_sense_by_a_few_words_ranks_below_the_subject(make_kb) -> None:  # type: ignore[no-untyped-def]
    """Of the records with only "depot" of "depot clinic", the vehicle depot, which shares a
    few everyday words with the depot clinic records by chance ("nurse", "text",
    "appointment") and has "depot" in its title, ranks below the depot injections given at
    home, which share what those records are about."""
    kb = make_kb(
        inn("clinic-texts", "Depot clinic text reminders",
            "Missed depot antipsychotic injections: the clinic texts patients a reminder before "
            "each injection appointment with the community psychiatric nurse."),
        inn("clinic-evenings", "Depot clinic moved to evenings",
            "Antipsychotic depot injections in an evening clinic, with a text reminder from "
            "the community psychiatric nurse before each injection appointment."),
        inn("at-home", "Depot injections at home",
            "The community psychiatric nurse gives the antipsychotic depot injection at home; "
            "patients get a text reminder before each injection appointment."),
        inn("vehicles", "Vehicle depot for pool cars",
            "One depot for the pool cars: a nurse books a car at the depot by text "
            "before each appointment."),
    )
    found = kb.search("depot clinic").ids
    assert set(found[:2]) == {"inn-clinic-texts", "inn-clinic-evenings"}
    assert found.index("inn-at-home") < found.index("inn-vehicles")


@pytest.mark.parametrize(("typed", "searched"), [
    ("who can help a carer who can't cope?", "help carer cope"),
    ("patients who don\u2019t attend", "patients attend"),
    ("carer's assessment", "carer assessment"),
    ("we're short of beds", "short beds"),
    ("won't take tablets", "take tablets"),
    # Not contractions: a name, a hyphenated word, a quoted phrase (searched as typed).
    ("O'Brien", '"o brien"'),
    ("go-live", '"go live"'),
    ('"carer\'s assessment"', '"carer s assessment"'),
])
def test_contractions_and_possessives_are_their_word_not_a_phrase(typed: str,
                                                                   searched: str) -> None:
    from kmcore.search.query import parse_query

    parsed = parse_query(typed)
    assert parsed.text == searched
    assert not any("phrase" in note for note in parsed.notes)


def test_a_question_with_cant_finds_the_records_without_a_phrase_note(make_kb) -> None:  # type: ignore[no-untyped-def]
    kb = make_kb(
        inn("breaks", "Short breaks for exhausted carers",
            "Carers who cannot cope get a short break."),
    )
    results = kb.search("who can help a carer who is exhausted and can't cope?")
    assert results.ids[:1] == ["inn-breaks"]
    assert not any("can t" in note for note in results.notes)


def test_some_of_the_words_side_by_side_rank_above_the_same_words_apart(make_kb) -> None:  # type: ignore[no-untyped-def]
    """No record has all of "health visitor referral": of two records with "health" and
    "visitor" only, the one with "health visitor" together comes first."""
    kb = make_kb(
        inn("apart", "Perinatal files", "Health team saw a visitor with the mother."),
        inn("together", "Perinatal notes", "The health visitor met the mother at home."),
    )
    results = kb.search("health visitor referral")
    assert results.ids[:2] == ["inn-together", "inn-apart"]
    by_id = {h.id: h for h in results.hits}
    assert by_id["inn-together"].proximity > by_id["inn-apart"].proximity


@pytest.mark.parametrize(("typed", "also"), [
    ("hemolyzed", "haemolysed"),   # both changes at once: "ae" and -yse
    ("haemolysed", "hemolyzed"),
    ("anesthetized", "anaesthetised"),
    ("lymphedema", "lymphoedema"),  # "oedema" inside a word, not only at its start
    ("lymphoedema", "lymphedema"),
    ("edema", "oedema"),
    ("oedema", "edema"),
])
def test_spelling_variants_combine_and_reach_inside_words(typed: str, also: str) -> None:
    from kmcore.search._text import variants

    found = variants(typed)
    assert found[0] == typed and also in found
    assert "ooedema" not in variants("oedema")


def test_a_record_drawn_in_on_the_same_subject_claims_no_closeness(make_kb) -> None:  # type: ignore[no-untyped-def]
    """A record with none of the query's words, drawn in because it shares the subject of
    the best records, shows no match and no closeness of the query's words (it has none):
    ``kmcore search --explain`` would otherwise print "closeness 1.00" for it."""
    kb = make_kb(
        inn("clinic-texts", "Wednesday clinic text reminders",
            "Antipsychotic injection appointments: the clinic texts a reminder from the "
            "psychiatric nurse."),
        inn("clinic-evenings", "Wednesday clinic moved to evenings",
            "Antipsychotic injection appointments in the evening, with a reminder from the "
            "psychiatric nurse."),
        inn("long-acting", "Long-acting medicines at home",
            "The psychiatric nurse gives the antipsychotic injection at home, after a "
            "reminder."),
    )
    results = kb.search("wednesday clinic")
    drawn = {h.id: h for h in results.hits}["inn-long-acting"]
    assert drawn.partial and drawn.coverage == 0.0 and drawn.matched == ()
    assert drawn.proximity == 0.0


def test_part_of_a_quoted_phrase_is_not_offered_as_another_way_of_saying_it(make_kb) -> None:  # type: ignore[no-untyped-def]
    """The quoted "safety huddle" is not widened to "huddle" (part of it, not another way of
    saying it, as "end of life" is not for "end of life care"); "board round" still is."""
    kb = make_kb(
        inn("safety-huddle", "Safety huddle on the ward",
            "Every morning the team holds a ten-minute safety huddle about the day's risks."),
        inn("post-fall", "Huddle after a fall", "A huddle within an hour of a fall."),
        inn("board-round", "Board round at nine", "The board round plans discharges."),
    )
    (kb.root / "synonyms.txt").write_text("safety huddle, huddle, board round\n",
                                          encoding="utf-8")
    results = kb.search('"safety huddle"')
    offered = {alternative for _, alternative, _, _ in results.expanded.added}
    assert "huddle" not in offered and "board round" in offered
    complete = [h.id for h in results.hits if not h.partial]
    assert complete[0] == "inn-safety-huddle" and "inn-post-fall" not in complete


def test_a_questions_generic_word_is_not_spelling_corrected(make_kb) -> None:  # type: ignore[no-untyped-def]
    """No record has "anything", but in a question it is a generic word that counts little
    anyway, not a typo: it is not "corrected" to "another"."""
    kb = make_kb(
        inn("carers", "Short breaks for carers", "Another way to give carers a break."),
    )
    results = kb.search("is there anything for carers?")
    assert results.ids[:1] == ["inn-carers"]
    assert not any("anything" in note for note in results.notes)
    # The question's topic words are corrected as any other word no record has.
    notes = kb.search("is there anything for carrers?").notes
    assert any("'carrers'" in note for note in notes)
    assert not any("anything" in note for note in notes)


def test_a_word_close_to_another_only_as_a_stem_is_not_corrected_to_it(make_kb) -> None:  # type: ignore[no-untyped-def]
    """No record has "weeping"; its stem "weep" is one letter from "week", but the word as
    written is far from "week(s)": it is not a typo of it. "pallative" still becomes
    "palliative" (stems "pall" and "palli")."""
    kb = make_kb(
        inn("weekly", "Weekly wound clinic", "Wounds are checked every week."),
        inn("palliative", "Palliative care at home", "Palliative care nurses visit."),
    )
    assert not any("week" in note for note in kb.search("weeping wounds").notes)
    assert any("'palliative'" in note for note in kb.search("pallative care").notes)


def test_a_word_two_letters_from_another_as_stems_but_three_as_written_is_kept(make_kb) -> None:  # type: ignore[no-untyped-def]
    """No record has "flyers"; its stem "flyer" is two letters from "floor", but "floor" is
    three edits from "flyers" as written: not a typo of it (D460). "ulser" still becomes
    "ulcer" where the records write "ulcers": compared as far as the typo goes."""
    kb = make_kb(
        inn("floor", "Low water pressure on the top floor", "A booster pump for the floor."),
        inn("ulcers", "Leg ulcers healed sooner", "Venous ulcers in a community clinic."),
    )
    assert not any("floor" in note for note in kb.search("frequent flyers").notes)
    assert any("'ulcers'" in note for note in kb.search("leg ulser").notes)


def test_a_word_the_records_write_with_another_ending_is_found_through_its_stem(make_kb) -> None:  # type: ignore[no-untyped-def]
    """No record has "queuing" (stem "queu"); they write "queue", three edits away as
    written but the same word with another ending: searched for, not left out (D520)."""
    kb = make_kb(
        inn("queue", "The 8am phone queue", "Patients wait in a phone queue every morning."),
        inn("weekly", "Weekly wound clinic", "Wounds are checked every week."),
    )
    results = kb.search("queuing on the phone")
    assert any("'queue'" in note for note in results.notes)
    assert [h.id for h in results.hits][:1] == ["inn-queue"]
    assert not any("week" in note for note in kb.search("weeping wounds").notes)


def test_an_ampersand_acronym_no_record_writes_is_searched_as_its_expansion(make_kb) -> None:  # type: ignore[no-untyped-def]
    """No record writes "A&E" (the index's "a e"): it is not a phrase to fall back from to
    the letter "e", but the acronym, found as "emergency department"."""
    kb = make_kb(
        inn("handover", "Ambulance crews wait outside", "Crews wait outside the emergency "
            "department for hours."),
        inn("letters", "Letters e and f", "A note on the letters e and f."),
    )
    results = kb.search("what can crews do about long waits outside A&E?")
    assert not any('"a e"' in note for note in results.notes)
    assert results.ids[:1] == ["inn-handover"]
    assert "inn-letters" not in results.ids
    assert any(alternative == "emergency department"
               for _, alternative, _, _ in results.expanded.added)


def test_a_quoted_phrase_word_for_word_outranks_its_words_merely_close(make_kb) -> None:  # type: ignore[no-untyped-def]
    """Of a record with "hospital at home" word for word and one with both words
    more often, close together but not as the phrase, the phrase comes first:
    the words close together stand in for a phrase at half its weight (D462)."""
    kb = make_kb(
        inn("phrase", "Frailty service for older people",
            "A hospital at home service: the team treats older people in their own beds."),
        inn("near", "Visits after discharge",
            "Home visits after discharge from hospital: home from hospital sooner."),
    )
    results = kb.search('"hospital at home"')
    assert results.ids[:2] == ["inn-phrase", "inn-near"]


def test_a_phrase_only_close_together_never_outranks_the_phrase_as_written(make_kb) -> None:  # type: ignore[no-untyped-def]
    """However often a record has a quoted phrase's words close together (here in its title
    and again and again in its text), a record with the phrase word for word, once, in its
    body, comes first (D661)."""
    kb = make_kb(
        inn("phrase", "Ward changes this year",
            "Among much else, the team wrote a safety plan with each patient before leave "
            "and recorded it in the notes, then reviewed rotas, equipment, rooms and parking "
            "arrangements for the coming winter months with the estates department."),
        inn("near", "Planning for safety",
            "Plan the safety walk. We plan for safety. Our plans for safety."),
    )
    results = kb.search('"safety plan"')
    assert results.ids[:2] == ["inn-phrase", "inn-near"]


def test_a_phrase_of_one_telling_word_is_followed_by_records_with_that_word(make_kb) -> None:  # type: ignore[no-untyped-def]
    """ "through the gate" has one word that is not a common word: records with "gate" but
    not the phrase follow the records with the phrase, as records with some of a phrase's
    words do for a phrase of two telling words (D661)."""
    kb = make_kb(
        inn("phrase", "Through the gate prescribing", "Prescriptions carry on through the gate."),
        inn("word", "Recovery coaches at the prison gate", "Coaches meet people at the gate."),
    )
    results = kb.search('"through the gate"')
    assert results.ids[:2] == ["inn-phrase", "inn-word"]
    assert results.hits[1].partial


def test_an_activity_word_found_only_as_a_things_plural_counts_less(make_kb) -> None:  # type: ignore[no-untyped-def]
    """ "screening" and "screens" are one stem to the index; a record that only has the
    screens (another sense) ranks below one with the screening itself, even with the word
    in its title (D662)."""
    kb = make_kb(
        inn("screens", "Replacing screens in the health centre",
            "New screens for the health centre consulting rooms and screens at reception."),
        inn("screening", "Health checks on arrival",
            "Nurses complete health screening for every new arrival within two hours."),
    )
    results = kb.search("health screening")
    assert results.ids[:2] == ["inn-screening", "inn-screens"]


def test_a_form_the_vocabulary_calls_the_same_term_counts_in_full() -> None:
    """ "falls" is listed as another form of "falling": a record with "falls" has the
    query's word, not only its stem; "screens" is not a form of "screening" (D662)."""
    from kmcore.search.query import Term, parse_query
    from kmcore.search.rank import Choice, activity_forms, expand
    from kmcore.search.vocabulary import shipped

    query = expand(parse_query("patients falling at night"), [shipped()])
    assert ("falling", "falls") in query.same_forms
    assert "falls" in activity_forms(Choice(Term(words=("falling",))), frozenset({"falls"}))
    screening = activity_forms(Choice(Term(words=("screening",))))
    assert "screenings" in screening and "screens" not in screening
    assert activity_forms(Choice(Term(words=("wound",)))) == frozenset()


def test_a_noun_found_only_as_its_adjective_in_al_counts_less(make_kb) -> None:  # type: ignore[no-untyped-def]
    """ "clinic" and "clinical" are one stem to the index; a record that only says
    "clinical" (clinical coders, not a clinic) ranks below one with the clinic itself, even
    with the word in its title, and the reverse for "clinical" (D1130)."""
    kb = make_kb(
        inn("clinical", "Clinical coders lost in the new system",
            "Coders said the new system was hard to learn."),
        inn("clinic", "Notes ready before each session",
            "Notes for the outpatient clinic were lost less often."),
    )
    assert kb.search("lost clinic").ids[:2] == ["inn-clinic", "inn-clinical"]
    kb2 = make_kb(
        inn("clinic2", "Clinic rooms on the clinic corridor", "The clinic rooms were repainted."),
        inn("clinical2", "Rooms for the team", "Clinical rooms were repainted for the team."),
    )
    assert kb2.search("clinical rooms").ids[:2] == ["inn-clinical2", "inn-clinic2"]


def test_adjective_forms_only_where_the_stemmer_joins_noun_and_adjective() -> None:
    """A noun whose adjective in "-al" the stemmer cuts to the same stem gets both form
    sets; "signal" (not cut to "sign") and an activity word get none (D1130)."""
    from kmcore.search.query import Term
    from kmcore.search.rank import Choice, adjective_forms

    mine, other = adjective_forms(Choice(Term(words=("clinics",))))
    assert {"clinic", "clinics"} <= mine and "clinical" in other
    mine, other = adjective_forms(Choice(Term(words=("medical",))))
    assert "medical" in mine and {"medic", "medics"} <= other
    assert adjective_forms(Choice(Term(words=("signal",)))) == (frozenset(), frozenset())
    # A noun with no adjective in use is not worth reading the records' words for.
    assert adjective_forms(Choice(Term(words=("patient",)))) == (frozenset(), frozenset())
    assert adjective_forms(Choice(Term(words=("clinic",)), weight=0.6, source="vocabulary")
                           ) == (frozenset(), frozenset())


def test_an_alternative_in_ment_found_only_as_the_person_counts_less(make_kb) -> None:  # type: ignore[no-untyped-def]
    """ "bed management" is widened with "site management", which the stemmer also finds
    in "site managers": a record only on the managers (their radios) ranks below one on
    site management, even with the managers in its title (D1222)."""
    kb = make_kb(
        inn("mgrs", "Site managers carry radios in an outage",
            "Site managers kept radios with them when the phones failed."),
        inn("mgmt", "Radios in an outage",
            "Site management kept radios on when the phones failed."),
    )
    assert kb.search("bed management").ids[:2] == ["inn-mgmt", "inn-mgrs"]


def test_agent_forms_only_for_an_alternative_the_stemmer_joins_to_its_person() -> None:
    """The action's and the person's forms where the stemmer joins them, typed or in an
    alternative; none for other words (D1222)."""
    from kmcore.search.query import Term
    from kmcore.search.rank import Choice, agent_forms

    mine, other = agent_forms(Choice(Term(words=("site", "management")), weight=0.6,
                                     source="vocabulary"))
    assert "management" in mine and {"manager", "managers"} <= other
    assert "managers" in agent_forms(Choice(Term(words=("management",))))[1]
    assert agent_forms(Choice(Term(words=("hand", "hygiene")), weight=0.6, source="vocabulary")
                       ) == (frozenset(), frozenset())


def test_records_with_some_words_are_chosen_by_subject_from_more_than_the_page(  # type: ignore[no-untyped-def]
        make_kb, monkeypatch: pytest.MonkeyPatch) -> None:
    """A quoted phrase few records have is followed by records with some of its words. Many
    records with its common word ("time", in other senses) outscore one with its rare word
    on the phrase's subject; reading only as many as the page holds lost that record before
    they were ordered by subject (S "time to analgesia" below BM25, D1522)."""
    kb = make_kb(
        inn("phrase", "Sickle crisis audit",
            "Time to analgesia in sickle crisis, audited by haematology."),
        inn("phrase-2", "Emergency department triage",
            "Time to analgesia at emergency department triage by nurses."),
        inn("rare", "Triage nurses give the first dose",
            "In the emergency department triage nurses now give analgesia for sickle crisis "
            "pain under a group direction agreed with the haematology team, long before a "
            "doctor sees the patient, which matters for every person in a painful crisis."),
        *(inn(f"time-{n}", f"Time saved {n}", f"Time saved on rota {n}: time well spent.")
          for n in range(6)),
        *(inn(f"dental-{n}", f"Dental clinic audit {n}",
              f"The dental clinic audit {n} looked at analgesia after extractions, at the "
              f"waiting room, the booking letters, the chairs, the lights and the parking.")
          for n in range(6)),
    )
    monkeypatch.setattr("kmcore.search.index.TAIL_POOL", 40)  # as shipped (D1522)
    results = kb.search('"time to analgesia"', limit=3)
    assert sorted(results.ids[:2]) == ["inn-phrase", "inn-phrase-2"]
    assert results.ids[2] == "inn-rare"
    assert len(results.hits) == 3


def test_only_a_quoted_phrase_reads_more_than_the_page(make_kb, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
                                                       ) -> None:
    """A hyphenated word is searched as a phrase too, but typed without quotation marks it
    is a plain query: the wider read is for quoted phrases only (for hyphenated words it
    took P's distractors below BM25, D1522)."""
    from kmcore.search.query import parse_query

    assert parse_query('"time to analgesia" follow-up').quoted == frozenset(
        {("time", "to", "analgesia")})
    assert parse_query('-"care plan" follow-up').quoted == frozenset()
    kb = make_kb(
        inn("phrase", "Sickle crisis audit", "Time-analgesia in sickle crisis, audited by "
            "haematology."),
        inn("phrase-2", "Emergency department triage",
            "Time-analgesia at emergency department triage by nurses."),
        inn("rare", "Triage nurses give the first dose",
            "In the emergency department triage nurses now give analgesia for sickle crisis "
            "pain under a group direction agreed with the haematology team, long before a "
            "doctor sees the patient, which matters for every person in a painful crisis."),
        *(inn(f"time-{n}", f"Time saved {n}", f"Time saved on rota {n}: time well spent.")
          for n in range(6)),
        *(inn(f"dental-{n}", f"Dental clinic audit {n}",
              f"The dental clinic audit {n} looked at analgesia after extractions, at the "
              f"waiting room, the booking letters, the chairs, the lights and the parking.")
          for n in range(6)),
    )
    monkeypatch.setattr("kmcore.search.index.TAIL_POOL", 40)  # as shipped (D1522)
    quoted = kb.search('"time analgesia"', limit=3)
    hyphenated = kb.search("time-analgesia", limit=3)
    assert quoted.ids[2] == "inn-rare"
    assert hyphenated.ids[2] != "inn-rare"
