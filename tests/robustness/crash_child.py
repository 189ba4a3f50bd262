"""The child of the crash tests: writes through the repositories until it is killed.

Run as `python crash_child.py DB SEED`. It prints one line per step, flushed to the
parent's pipe (the pipe keeps what was written even when the process is killed):

    ready
    contact ID                      a contact was saved (its commit returned)
    begin ID NPARTICIPANTS NACTIONS an entry save is about to start
    done ID NPARTICIPANTS NACTIONS  that save returned: committed
    deleting ID / deleted ID        an entry is about to be / was tombstoned

The parent kills it (SIGKILL) at a random moment and checks the file.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from cimicdesk.domain.enums import LiaisonType, ParticipantKind
from cimicdesk.domain.records import Contact, FollowUpAction, LiaisonEntry, Participant
from cimicdesk.store.contacts import save_contact
from cimicdesk.store.database import open_database
from cimicdesk.store.liaison import delete_liaison, get_liaison, save_liaison

WORDS = [
    "eau",
    "marché",
    "route",
    "école",
    "sécurité",
    "réunion",
    "chef",
    "déplacés",
    "forage",
    "مياه",
    "سوق",
    "🚰",
]


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def main() -> None:
    path, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    store = open_database(path, daily_backup=False)
    people = [r[0] for r in store.db.execute("SELECT id FROM contacts WHERE deleted = 0")]
    entries = [r[0] for r in store.db.execute("SELECT id FROM liaison_entries WHERE deleted = 0")]
    say("ready")
    step = 0
    while True:
        step += 1
        roll = rng.random()
        if roll < 0.25 or len(people) < 3:
            person = save_contact(
                store, Contact(name=f"Personne {seed}-{step}", notes=text(rng, 40))
            )
            people.append(person.id)
            say(f"contact {person.id}")
        elif roll < 0.75 or not entries:
            met = rng.sample(people, rng.randint(1, 3))
            actions = [FollowUpAction(description=text(rng, 6)) for _ in range(rng.randint(0, 3))]
            entry = LiaisonEntry(
                start=f"2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T09:00:00.000Z",
                entry_type=rng.choice(list(LiaisonType)),
                purpose=text(rng, 200),
                participants=[Participant(kind=ParticipantKind.CONTACT, target_id=m) for m in met],
                actions=actions,
            )
            say(f"begin new {len(met)} {len(actions)}")
            saved = save_liaison(store, entry)
            entries.append(saved.id)
            say(f"done {saved.id} {len(met)} {len(actions)}")
        elif roll < 0.95:
            entry = get_liaison(store, rng.choice(entries))
            entry.purpose = text(rng, 150)
            met = rng.sample(people, rng.randint(1, 3))
            entry.participants = [
                Participant(kind=ParticipantKind.CONTACT, target_id=m) for m in met
            ]
            entry.actions = entry.actions[: rng.randint(0, len(entry.actions))] + [
                FollowUpAction(description=text(rng, 5)) for _ in range(rng.randint(0, 2))
            ]
            say(f"begin {entry.id} {len(met)} {len(entry.actions)}")
            save_liaison(store, entry)
            say(f"done {entry.id} {len(met)} {len(entry.actions)}")
        else:
            gone = entries.pop(rng.randrange(len(entries)))
            say(f"deleting {gone}")
            delete_liaison(store, gone)
            say(f"deleted {gone}")


if __name__ == "__main__":
    main()
