from cleaners.classifier.scoring import BAD, GOOD, SHORT
from cleaners.classifier.steps import step_number, step_sequences, steps_undecided


def test_the_shapes_of_a_step_marker():
    for text, number in [
        ("3.", 3),
        ("Step 3", 3),
        ("Schritt 2", 2),
        ("Étape 4:", 4),
        ("3 of 12", 3),
        ("4 von 17", 4),
        ("2/9", 2),
    ]:
        assert step_number(text) == number
    for text in ["31.10.2023", "Step by step", "Page three", "10:19 Uhr", "The 3 best cakes of 2023"]:
        assert step_number(text) is None


# Steps under markers numbered one after the other, a picture's label repeated in each (as a
# recipe page's dump holds them): the markers and the label are left to their neighbours.
STEPS = [
    "1 of 4", "Grease the tin with a little butter.", "Show picture",
    "2 of 4", "Heat the oven to 180 degrees.", "Show picture",
    "3 of 4", "Stir in the sugar.", "Show picture",
    "4 of 4", "Bake it for forty minutes, then leave it to cool.", "Show picture",
]  # fmt: skip


def test_numbered_steps_are_left_to_their_neighbours():
    classes = [BAD if i % 3 != 1 else GOOD for i in range(len(STEPS))]
    assert step_sequences(STEPS) == [[0, 3, 6, 9]]
    undecided = steps_undecided(STEPS, classes)
    assert [undecided[i] for i in (0, 2, 3, 5, 6, 8, 9)] == [SHORT] * 7


# A pagination or a numbered menu: its numbers stand next to each other, or out of order.
def test_a_pagination_is_no_sequence_of_steps():
    assert step_sequences(["Page 1", "Page 2", "Page 3", "Page 4"]) == []
    assert step_sequences(["1.", "Home", "3.", "News", "7.", "Sport"]) == []
    assert step_sequences(["1.", "Home", "2.", "News"]) == []  # two are too few
