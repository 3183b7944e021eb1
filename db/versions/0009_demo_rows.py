"""the demo sample's rows are marked, so that they can be removed without touching the user's own

Revision ID: 0009_demo_rows
Revises: 0008_trust_fullhash
Create Date: 2026-12-06 21:00:00

Databases filled by the demo before this revision have unmarked sample rows: they are recognized
here by what the sample always wrote (its five fictional organizations with their NEQs, its three
projects, entries whose author, title and opening sentence all come from the sample's wording,
its agreements between its organizations) and marked. The wording is copied, frozen, below: a
later change to the demo does not change what this revision recognizes. A row the user wrote
never matches all of it.
"""
from alembic import op
import sqlalchemy as sa


revision = "0009_demo_rows"
down_revision = "0008_trust_fullhash"
branch_labels = None
depends_on = None

_TABLES = ('organization', 'project', 'agreement', 'journal_entry', 'health_checkup')

# --- the sample as it was written before this revision (services/demo_text.py at 0007) ---------
_ORGANIZATIONS = {
    ("Maison de la famille du Haut-Richelieu", "1160000001"),
    ("Cuisine collective L'Œuvre du partage", "1160000002"),
    ("Centre d'action bénévole Entraide & Cie", "1160000003"),
    ("Maison des jeunes Le Tremplin", "1160000004"),
    ("Comptoir alimentaire Le Grenier", "1160000005"),
}
_PROJECTS = {
    "Camion réfrigéré partagé", "Shared refrigerated truck",
    "Locaux partagés rue Champlain", "Shared premises on rue Champlain",
    "Adjointe administrative partagée", "Shared administrative assistant",
}
_TEMPLATES = {"copropriete-equipement", "locaux-partages", "employe-partage"}
_AUTHORS = {"Élise Tremblay", "Marc-André Gagnon", "Nadia Bouchard", "Kevin Roy", "Sophie Côté"}
_TITLES = {
    # fr
    "Comité de suivi mensuel", "Réunion des coordonnatrices", "Rencontre avec le conseil d'administration",
    "Bilan trimestriel avec les partenaires", "Réunion d'équipe sur l'horaire",
    "Nouvel horaire de réservation", "Achat de pneus d'hiver", "Répartition des frais d'entretien",
    "Prolongation de l'entente", "Choix du fournisseur d'assurances",
    "Bris du système de réfrigération", "Conflit d'horaire le vendredi", "Retard de paiement",
    "Départ d'une employée clé", "Clés introuvables au retour",
    "Distribution record en décembre", "Première année sans bris", "Économie sur l'assurance",
    "Nouveau partenaire intéressé", "Bénévoles formés ensemble",
    "Signature de l'entente", "Premier mois d'utilisation", "Évaluation annuelle terminée",
    "Embauche de l'adjointe", "Renouvellement approuvé",
    "Idée pour l'an prochain", "Appel de la CDC", "Note sur le kilométrage", "Question de l'assureur",
    "À vérifier avec le comptable",
    # en
    "Monthly follow-up committee", "Coordinators' meeting", "Meeting with the board",
    "Quarterly review with partners", "Team meeting on the schedule",
    "New booking schedule", "Buying winter tires", "Splitting maintenance costs",
    "Extending the agreement", "Choosing the insurer",
    "Refrigeration unit broke down", "Friday schedule conflict", "Late payment",
    "A key employee left", "Keys missing on return",
    "Record distribution in December", "First year without breakdowns", "Savings on insurance",
    "A new partner is interested", "Volunteers trained together",
    "Agreement signed", "First month of use", "Annual review completed",
    "Assistant hired", "Renewal approved",
    "Idea for next year", "Call from the CDC", "Note on mileage", "Question from the insurer",
    "To check with the accountant",
}
_SENTENCES = (
    "Les trois organismes étaient présents et l'échange a été franc.",
    "L'horaire de réservation du camion fonctionne bien depuis l'automne.",
    "Il faudra revoir la clause sur l'entretien de l'entente à la prochaine rencontre.",
    "Les bénévoles apprécient de travailler avec l'équipe de l'autre organisme.",
    "Le coût de l'essence a augmenté; la répartition prévue à l'entente reste équitable.",
    "Une œuvre commune prend forme : chacun voit ce qu'il gagne à partager.",
    "Nous avons noté les heures investies par chaque organisme pour le rapport annuel.",
    "La CDC nous a proposé de présenter le projet à d'autres organismes de la région.",
    "Le personnel se questionne sur son double rôle; on en reparlera en équipe.",
    "Les frais ont été partagés selon la superficie occupée, comme prévu.",
    "Prochaine étape : préparer le bilan pour Centraide avant la fin de l'année.",
    "Le conseil d'administration a appuyé la démarche à l'unanimité.",
    "All three organizations attended and the discussion was frank.",
    "The truck booking schedule has worked well since the fall.",
    "The maintenance clause of the agreement needs another look at the next meeting.",
    "Volunteers enjoy working with the other organization's team.",
    "Fuel costs went up; the split set in the agreement is still fair.",
    "A shared endeavour is taking shape: everyone sees what they gain from sharing.",
    "We recorded the hours each organization invested for the annual report.",
    "The CDC offered to present the project to other organizations in the region.",
    "Staff are unsure about their double role; we will talk about it as a team.",
    "Costs were split by floor area, as planned.",
    "Next step: prepare the review for United Way before the end of the year.",
    "The board supported the approach unanimously.",
)


def upgrade() -> None:
    # One ALTER TABLE ADD COLUMN per table (no table copy): every existing row is the user's...
    for table in _TABLES:
        op.add_column(table, sa.Column('demo', sa.Boolean(), nullable=False, server_default=sa.false()))
    # ...except what the demo wrote before this revision, recognized and marked here.
    _mark_earlier_sample(op.get_bind())


def _mark(bind: sa.Connection, table: str, ids: list[int]) -> None:
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        bind.execute(sa.text(f"UPDATE {table} SET demo = :yes WHERE id IN ({', '.join(map(str, chunk))})"),
                     {"yes": True})


def _mark_earlier_sample(bind: sa.Connection) -> None:
    orgs = [r[0] for r in bind.execute(sa.text("SELECT id, legal_name, neq FROM organization"))
            if (r[1], r[2]) in _ORGANIZATIONS]
    projects = [r[0] for r in bind.execute(sa.text("SELECT id, name FROM project")) if r[1] in _PROJECTS]
    if not orgs or not projects:
        return
    _mark(bind, 'organization', orgs)
    _mark(bind, 'project', projects)
    in_projects = ', '.join(map(str, projects))
    entries = [r[0] for r in bind.execute(sa.text(
        f"SELECT id, author, title, body FROM journal_entry WHERE project_id IN ({in_projects})"))
        if r[1] in _AUTHORS and r[2] in _TITLES and r[3].startswith(_SENTENCES)]
    _mark(bind, 'journal_entry', entries)
    # the sample's check-ups were written with their project, within the same minute
    _mark(bind, 'health_checkup', [r[0] for r in bind.execute(sa.text(
        f"SELECT h.id FROM health_checkup h JOIN project p ON p.id = h.project_id "
        f"WHERE h.project_id IN ({in_projects}) "
        f"AND abs(julianday(h.created_at) - julianday(p.created_at)) < 1.0 / 1440"))])
    names = {name for name, _neq in _ORGANIZATIONS}
    parties: dict[int, set[str]] = {}
    for agreement_id, name in bind.execute(sa.text("SELECT agreement_id, name FROM agreement_party")):
        parties.setdefault(agreement_id, set()).add(name)
    _mark(bind, 'agreement', [r[0] for r in bind.execute(sa.text(
        f"SELECT id, template_id FROM agreement WHERE project_id IN ({in_projects})"))
        if r[1] in _TEMPLATES and parties.get(r[0]) and parties[r[0]] <= names])


def downgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('demo')
