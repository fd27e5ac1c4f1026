"""The peers, run on the same texts and scored by the same code as newsextract.

spaCy's small English pipeline finds the names (PERSON, ORG, GPE/LOC/FAC) and textacy's
direct_quotations finds the quotes with their speakers. Their output is put into newsextract's
article shape (quotes, actors, places) so that bench/accuracy.py scores both with one metric.
spaCy does not merge mentions: an actor here is every mention written the same way.

Neither is a dependency of newsextract. Install them in a separate environment to compare:
    pip install spacy textacy && python -m spacy download en_core_web_sm
(or any package that ships that pipeline; pass its name with --spacy-model).
"""

from __future__ import annotations

from typing import Any

ACTOR_LABELS = {"PERSON": "person", "ORG": "organization"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}


def load_spacy(model: str) -> Any | None:
    """The spaCy pipeline, or None with the reason printed."""
    try:
        import spacy

        return spacy.load(model)
    except Exception as e:  # noqa: BLE001 - any import or model problem means: skip
        print(f"  spaCy ({model}): skipped ({type(e).__name__}: {e})")
        return None


def spacy_article(nlp: Any, text: str) -> dict:
    """spaCy's entities and textacy's direct quotations in newsextract's article shape."""
    doc = nlp(text)
    actors: list[dict] = []
    by_name: dict[tuple[str, str], int] = {}
    places: list[dict] = []
    place_by_name: dict[str, int] = {}
    for ent in doc.ents:
        mention = {"text": ent.text, "start": ent.start_char, "end": ent.end_char}
        if ent.label_ in ACTOR_LABELS:
            kind = ACTOR_LABELS[ent.label_]
            key = (kind, ent.text)
            if key not in by_name:
                by_name[key] = len(actors)
                actors.append({"id": len(actors), "name": ent.text, "type": kind, "aliases": [ent.text], "mentions": []})
            actors[by_name[key]]["mentions"].append(mention)
        elif ent.label_ in PLACE_LABELS:
            if ent.text not in place_by_name:
                place_by_name[ent.text] = len(places)
                places.append({"name": ent.text, "country": None, "mentions": []})
            places[place_by_name[ent.text]]["mentions"].append(mention)
    quotes = []
    try:
        from textacy.extract import triples

        found = list(triples.direct_quotations(doc))
    except Exception:  # noqa: BLE001 - textacy missing or failing on this document: no quotes
        found = []
    for i, (speaker, cue, content) in enumerate(found):
        mention = None
        if speaker:
            start, end = min(t.idx for t in speaker), max(t.idx + len(t) for t in speaker)
            mention = {"text": text[start:end], "start": start, "end": end}
        cue_span = None
        if cue:
            start, end = min(t.idx for t in cue), max(t.idx + len(t) for t in cue)
            cue_span = {"text": text[start:end], "start": start, "end": end}
        quotes.append(
            {
                "id": i,
                "text": content.text,
                "start": content.start_char,
                "end": content.end_char,
                "kind": "direct",
                "utterance": i,
                "speaker": mention["text"] if mention else None,
                "speaker_id": None,
                "speaker_mention": mention,
                "cue": cue_span,
            }
        )
    return {"quotes": quotes, "actors": actors, "events": [], "places": places}
