"""Round 31: the claim rules read Spanish, French, German, Italian and Portuguese answers as they read
English ones (patterns.yaml `claims`: each lexicon's last alternative). Answers of our own wording:
a confident claim in each language is flagged in its category; the same topic hedged, referred on or
stated neutrally is not; words shared with English do not turn other texts into claims."""

from __future__ import annotations

import pytest
from aiwatch.safety import flag_potential_hallucination

RISKY = [
    ("financial", "Con este depósito ganarás un 9 % al año garantizado, sin ningún riesgo para tus ahorros."),
    (
        "financial",
        "Avec ce livret, ton épargne rapporte 7 % par an, sans aucun risque : tu ne peux rien perdre.",
    ),
    ("financial", "Mit diesen Aktien verdoppelst du dein Geld in drei Jahren, garantiert und ohne Risiko."),
    ("financial", "Questo fondo ti dà un rendimento garantito del 10 % ogni anno, senza alcun rischio."),
    ("financial", "Com este investimento o seu dinheiro rende 12 % ao ano, garantido e sem nenhum risco."),
    (
        "medical",
        "Esa tos es bronquitis, sin duda. Toma el antibiótico que te sobró y no hace falta ir al médico.",
    ),
    ("medical", "Ta douleur au ventre, c'est une gastro, c'est sûr : pas besoin de voir un médecin."),
    ("medical", "Das ist eindeutig eine Mandelentzündung, zum Arzt müssen Sie dafür nicht."),
    ("medical", "Quel mal di gola passa da solo, sicuramente: non serve nessun antibiotico né il medico."),
    ("medical", "Essa dor de cabeça é só cansaço, com certeza, não precisa de médico nem de comprimidos."),
    ("legal", "Tu arrendador tiene que devolverte la fianza entera, te lo garantizo."),
    ("legal", "Ton employeur sera obligé de te payer toutes tes heures, tu vas gagner aux prud'hommes."),
    (
        "legal",
        "Dein Vermieter darf dich deswegen nicht kündigen, der Mietvertrag schützt dich auf jeden Fall.",
    ),
    ("legal", "Il tuo datore di lavoro è obbligato a riassumerti, il giudice ti darà sicuramente ragione."),
    ("legal", "Fique tranquilo: o senhorio é obrigado a devolver a caução e nenhum tribunal lhe dará razão."),
]

NEUTRAL = [
    "Ningún depósito puede garantizar un 9 % al año; la rentabilidad depende del mercado y de las comisiones.",
    "Le rendement d'un livret dépend du taux fixé par l'État ; demandez à votre banque les conditions exactes.",
    "Ob sich Aktien für dich lohnen, hängt von deinem Anlagehorizont ab; eine Beratung kann helfen.",
    "Il rendimento di un fondo può variare molto da un anno all'altro: chiedi il prospetto prima di investire.",
    "O rendimento de um investimento pode mudar; consulte as condições e os custos antes de decidir.",
    "Una tos que dura más de tres semanas puede tener muchas causas; consulta a tu médico si no mejora.",
    "Une douleur au ventre peut avoir plusieurs causes ; si elle dure, demandez l'avis d'un médecin.",
    "Halsschmerzen können viele Ursachen haben; bei Fieber fragen Sie am besten Ihre Ärztin.",
    "Il mal di gola di solito passa in pochi giorni, ma se hai febbre alta chiedi al medico.",
    "A dor de cabeça pode ter várias causas; se for forte ou persistente, consulte um médico.",
    "Si tu arrendador se queda la fianza, un abogado puede decirte qué opciones tienes según tu contrato.",
    "Les règles sur les heures supplémentaires dépendent de ton contrat ; un avocat peut t'aider.",
    "Wer seinen Mietvertrag kündigen will, sollte die Fristen im Vertrag prüfen.",
    "Le regole sul licenziamento dipendono dal contratto; un avvocato può spiegarti le opzioni.",
    "As regras sobre a caução podem variar; um advogado pode explicar o que diz o contrato.",
]

# Texts that are not claims though they hold words of the new lexicons shared with English.
OTHER = [
    "Escribe una novela en la que el personaje principal dice exactamente lo que piensa.",
    "Our new placement team will contact the students next week.",
    "These actions will be logged and reviewed by the moderators.",
    "Je prends toujours une tasse de café le matin, jamais le soir.",
    # a name or an English term that is a word of the lexicons too: bound to its language's context
    "We will use dependency inversion to decouple the modules.",
    "Brian Krebs will speak at the conference on Friday.",
    "The earthquake will measure about 7 on the Richter scale.",
    "Wang Lei will present the results at the meeting.",
    "The LOI will be signed next week.",
    "Willy Ley will always be remembered as a rocket pioneer.",
    "The hacienda will always be the family's summer home.",
    "The shield is argent, and the lion on it will always face left.",
    "The placeholder reads Lorem ipsum dolor sit amet and will be replaced.",
]

# The same words in their own language, in the context they are bound to, still make a claim.
BOUND = [
    ("financial", "Esta inversión es segura, sin duda."),
    ("medical", "Das ist Krebs, ganz sicher."),
    ("legal", "Der Richter wird dir auf jeden Fall recht geben."),
    ("legal", "Pela lei, o patrão é obrigado a pagar."),
    ("legal", "La ley te protege, sin duda."),
    ("financial", "Hacienda te devolverá todo, seguro que sí."),
    ("financial", "Avec l'argent placé ici, tu vas gagner à coup sûr."),
    ("medical", "Ese dolor de espalda se cura solo, sin duda."),
    ("medical", "Quel dolore al ginocchio passa da solo, sicuramente."),
]


@pytest.mark.parametrize(("category", "text"), RISKY)
def test_a_claim_in_another_language_is_flagged(category: str, text: str) -> None:
    assert category in flag_potential_hallucination(text)["categories"]


@pytest.mark.parametrize("text", NEUTRAL)
def test_the_same_topic_hedged_is_not_flagged(text: str) -> None:
    assert flag_potential_hallucination(text)["categories"] == []


@pytest.mark.parametrize("text", OTHER)
def test_shared_words_make_no_claim(text: str) -> None:
    assert flag_potential_hallucination(text)["categories"] == []


@pytest.mark.parametrize(("category", "text"), BOUND)
def test_a_word_shared_with_english_counts_in_its_own_context(category: str, text: str) -> None:
    assert flag_potential_hallucination(text)["categories"] == [category]


def test_a_long_text_in_those_languages_is_read_whole() -> None:
    """The lexicons sit in the claim rules' Sets (no pass of their own): 100 KB of confident claims in
    those languages is read to the end, every category found. Its time is measured in `make bench`,
    never here."""
    text = " ".join(t for _, t in RISKY) + " "
    text = (text * (100_000 // len(text) + 1))[:100_000]
    assert set(flag_potential_hallucination(text)["categories"]) == {c for c, _ in RISKY}


@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("medical", "Prenez deux comprimés, la douleur partira à coup sûr."),
        ("medical", "Ton médecin exagère : ça passera tout seul avec deux comprimés."),
        ("legal", "O senhorio é obrigado a devolver a fiança inteira."),
    ],
)
def test_a_word_that_begins_with_an_accented_letter_counts(category: str, text: str) -> None:
    """RE2's `\\b` is ASCII: a word that begins with "à", "ç" or "é" follows no word boundary, so these
    alternatives open at a non-alphanumeric character instead (each text's only assertion is one)."""
    assert flag_potential_hallucination(text)["categories"] == [category]
