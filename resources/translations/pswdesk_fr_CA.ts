<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en_CA">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About pswdesk</source>
        <translation>À propos de pswdesk</translation>
    </message>
    <message>
        <source>pswdesk</source>
        <translation>pswdesk</translation>
    </message>
    <message>
        <source>Case notes for peer-support agencies, built around an eight-step framework for hard contacts.</source>
        <translation>Notes de suivi pour les organismes de soutien par les pairs, bâties autour d’un cadre en huit étapes pour les contacts difficiles.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>Last good backup</source>
        <translation>Dernière sauvegarde valide</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Trousseau de clés</translation>
    </message>
    <message>
        <source>key from this computer&apos;s keyring</source>
        <extracomment>Where the key came from (shown through the &quot;AboutDialog&quot; context; %1 is ENV_KEY).</extracomment>
        <translation>clé tirée du trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>key from %1</source>
        <translation>clé tirée de %1</translation>
    </message>
    <message>
        <source>key from the typed recovery key</source>
        <translation>clé tirée de la clé de récupération tapée</translation>
    </message>
    <message>
        <source>a new key, made when this database was created</source>
        <translation>une nouvelle clé, créée avec cette base de données</translation>
    </message>
    <message>
        <source>the demo&apos;s published key (fictional data only)</source>
        <translation>la clé publiée de la démo (données fictives seulement)</translation>
    </message>
    <message>
        <source>Protected by the database server (its own access rules and encryption)</source>
        <translation>Protégée par le serveur de base de données (ses propres règles d’accès et son chiffrement)</translation>
    </message>
    <message>
        <source>Not encrypted (an older file). An administrator can encrypt it with &apos;pswdesk db encrypt&apos;.</source>
        <translation>Non chiffrée (un ancien fichier). Un·e administrateur·rice peut la chiffrer avec «&#xa0;pswdesk db encrypt&#xa0;».</translation>
    </message>
    <message>
        <source>Encrypted (SQLCipher)</source>
        <translation>Chiffrée (SQLCipher)</translation>
    </message>
    <message>
        <source>Encrypted (SQLCipher); %1</source>
        <translation>Chiffrée (SQLCipher); %1</translation>
    </message>
    <message>
        <source>None yet — the app warns administrators</source>
        <translation>Aucune pour l’instant — l’application avertit les administrateur·rices</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucune pour l’instant</translation>
    </message>
    <message>
        <source>%1 — more than two days ago</source>
        <translation>%1 — il y a plus de deux jours</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture en cours…</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <source>Add an addendum</source>
        <translation>Ajouter un addenda</translation>
    </message>
    <message>
        <source>The approved note stays exactly as signed. Your addendum is added below it with your name, the date and your reason.</source>
        <translation>La note approuvée reste exactement telle qu’elle a été signée. Votre addenda s’ajoute en dessous, avec votre nom, la date et votre raison.</translation>
    </message>
    <message>
        <source>&amp;Reason for the addendum</source>
        <translation>&amp;Raison de l’addenda</translation>
    </message>
    <message>
        <source>e.g. correction of the contact time, information received later</source>
        <translation>p. ex. correction de l’heure du contact, information reçue plus tard</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>&amp;Addendum</source>
        <translation>&amp;Addenda</translation>
    </message>
    <message>
        <source>Addendum text</source>
        <translation>Texte de l’addenda</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign or transfer</source>
        <translation>Assigner ou transférer</translation>
    </message>
    <message>
        <source>Carried by</source>
        <translation>Suivi·e par</translation>
    </message>
    <message>
        <source>Workers who carry this client</source>
        <translation>Intervenant·es qui suivent ce ou cette client·e</translation>
    </message>
    <message>
        <source>&amp;Remove from this client</source>
        <translation>&amp;Retirer de ce dossier</translation>
    </message>
    <message>
        <source>Remove the selected worker from this client</source>
        <translation>Retirer l’intervenant·e sélectionné·e de ce dossier</translation>
    </message>
    <message>
        <source>A&amp;dd a worker of your team</source>
        <translation>A&amp;jouter un·e intervenant·e de votre équipe</translation>
    </message>
    <message>
        <source>Worker of your team to add</source>
        <translation>Intervenant·e de votre équipe à ajouter</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add the chosen worker</source>
        <translation>Ajouter l’intervenant·e choisi·e</translation>
    </message>
    <message>
        <source>Transfer to another team</source>
        <translation>Transférer à une autre équipe</translation>
    </message>
    <message>
        <source>The chosen worker carries the client instead of everyone above; their supervisor sees the record from then on, and you may no longer.</source>
        <translation>L’intervenant·e choisi·e suit le ou la client·e à la place de toutes les personnes ci-dessus; sa ou son superviseur·e voit le dossier dès lors, et vous ne le pourrez plus.</translation>
    </message>
    <message>
        <source>Worker of another team to transfer to</source>
        <translation>Intervenant·e d’une autre équipe à qui transférer</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transférer…</translation>
    </message>
    <message>
        <source>Transfer the client to the chosen worker</source>
        <translation>Transférer le ou la client·e à l’intervenant·e choisi·e</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Who carries {name}</source>
        <translation>Qui porte le dossier de {name}</translation>
    </message>
    <message>
        <source>Add or remove workers of your team for {name}, or transfer the client to another worker. Each change is saved at once.</source>
        <translation>Ajoutez ou retirez des intervenant·es de votre équipe pour {name}, ou transférez le ou la client·e à un·e autre intervenant·e. Chaque changement est enregistré aussitôt.</translation>
    </message>
    <message>
        <source>A worker of your team, or another team&apos;s user name</source>
        <translation>Un·e intervenant·e de votre équipe, ou le nom d’utilisateur·rice d’une autre équipe</translation>
    </message>
    <message>
        <source>The worker chosen carries the client instead of everyone above; for another team, type their user name. Their supervisor sees the record from then on, and you may no longer.</source>
        <translation>L’intervenant·e choisi·e porte le dossier à la place de toutes les personnes ci-dessus; pour une autre équipe, tapez son nom d’utilisateur·rice. Son ou sa superviseur·e voit le dossier dès lors, et vous pourriez ne plus le voir.</translation>
    </message>
    <message>
        <source> (you)</source>
        <translation> (vous)</translation>
    </message>
    <message>
        <source>Transfer the client</source>
        <translation>Transférer le ou la client·e</translation>
    </message>
    <message>
        <source>{name} will carry {client} instead of everyone who does now; open follow-ups go to them too. Transfer?</source>
        <translation>{name} portera le dossier de {client} à la place de toutes les personnes qui le portent maintenant; les suivis ouverts lui sont aussi confiés. Transférer?</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transférer</translation>
    </message>
    <message>
        <source>{client} was transferred to {names}; the record is theirs now.</source>
        <translation>{client} a été transféré·e à {names}; le dossier est maintenant le sien.</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Connexion échouée</translation>
    </message>
    <message>
        <source>Sign-in refused (account locked)</source>
        <translation>Connexion refusée (compte verrouillé)</translation>
    </message>
    <message>
        <source>Agency set up</source>
        <translation>Organisme configuré</translation>
    </message>
    <message>
        <source>Agency settings changed</source>
        <translation>Paramètres de l’organisme modifiés</translation>
    </message>
    <message>
        <source>User account created</source>
        <translation>Compte créé</translation>
    </message>
    <message>
        <source>User account changed</source>
        <translation>Compte modifié</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Mot de passe réinitialisé</translation>
    </message>
    <message>
        <source>Review level changed</source>
        <translation>Niveau de révision modifié</translation>
    </message>
    <message>
        <source>Password changed by its owner</source>
        <translation>Mot de passe changé par son ou sa titulaire</translation>
    </message>
    <message>
        <source>Password change refused (wrong current password)</source>
        <translation>Changement de mot de passe refusé (mot de passe actuel erroné)</translation>
    </message>
    <message>
        <source>Demonstration data loaded</source>
        <translation>Données de démonstration chargées</translation>
    </message>
    <message>
        <source>Client registered</source>
        <translation>Client·e inscrit·e</translation>
    </message>
    <message>
        <source>Clients imported from a spreadsheet</source>
        <translation>Client·es importé·es d’un tableur</translation>
    </message>
    <message>
        <source>Client record opened</source>
        <translation>Dossier client ouvert</translation>
    </message>
    <message>
        <source>Client details changed</source>
        <translation>Renseignements du ou de la client·e modifiés</translation>
    </message>
    <message>
        <source>Client status changed</source>
        <translation>Statut du ou de la client·e modifié</translation>
    </message>
    <message>
        <source>Worker assigned to client</source>
        <translation>Intervenant·e assigné·e au ou à la client·e</translation>
    </message>
    <message>
        <source>Worker removed from client</source>
        <translation>Intervenant·e retiré·e du ou de la client·e</translation>
    </message>
    <message>
        <source>Caseload reassigned</source>
        <translation>Charge de cas réassignée</translation>
    </message>
    <message>
        <source>Client transferred</source>
        <translation>Client·e transféré·e</translation>
    </message>
    <message>
        <source>Client file closed</source>
        <translation>Dossier fermé</translation>
    </message>
    <message>
        <source>Client file reopened</source>
        <translation>Dossier rouvert</translation>
    </message>
    <message>
        <source>Client records merged</source>
        <translation>Dossiers fusionnés</translation>
    </message>
    <message>
        <source>Risk alert cleared</source>
        <translation>Alerte de risque levée</translation>
    </message>
    <message>
        <source>Note started</source>
        <translation>Note commencée</translation>
    </message>
    <message>
        <source>Note draft saved</source>
        <translation>Brouillon de note enregistré</translation>
    </message>
    <message>
        <source>Note draft deleted</source>
        <translation>Brouillon de note supprimé</translation>
    </message>
    <message>
        <source>Note submitted for review</source>
        <translation>Note soumise pour révision</translation>
    </message>
    <message>
        <source>Note returned to its author</source>
        <translation>Note retournée à son auteur·e</translation>
    </message>
    <message>
        <source>Note signed</source>
        <translation>Note signée</translation>
    </message>
    <message>
        <source>Note filed without review (review level)</source>
        <translation>Note classée sans révision (niveau de révision)</translation>
    </message>
    <message>
        <source>Addendum added to a note</source>
        <translation>Addenda ajouté à une note</translation>
    </message>
    <message>
        <source>Debrief requested</source>
        <translation>Débreffage demandé</translation>
    </message>
    <message>
        <source>Debrief request withdrawn</source>
        <translation>Demande de débreffage retirée</translation>
    </message>
    <message>
        <source>Debrief held</source>
        <translation>Débreffage tenu</translation>
    </message>
    <message>
        <source>Follow-up planned</source>
        <translation>Suivi prévu</translation>
    </message>
    <message>
        <source>Follow-up changed</source>
        <translation>Suivi modifié</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Suivi fait</translation>
    </message>
    <message>
        <source>Follow-up removed</source>
        <translation>Suivi retiré</translation>
    </message>
    <message>
        <source>Brief contact logged</source>
        <translation>Contact bref inscrit</translation>
    </message>
    <message>
        <source>Brief contact corrected</source>
        <translation>Contact bref corrigé</translation>
    </message>
    <message>
        <source>Brief contact started as a full note</source>
        <translation>Contact bref commencé comme note complète</translation>
    </message>
    <message>
        <source>Follow-up rescheduled</source>
        <translation>Suivi reporté</translation>
    </message>
    <message>
        <source>Follow-up reopened (undo)</source>
        <translation>Suivi rouvert (annulation)</translation>
    </message>
    <message>
        <source>Follow-up given to someone else</source>
        <translation>Suivi confié à quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Supervision session recorded</source>
        <translation>Séance de supervision inscrite</translation>
    </message>
    <message>
        <source>Supervision session changed</source>
        <translation>Séance de supervision modifiée</translation>
    </message>
    <message>
        <source>Supervision session deleted</source>
        <translation>Séance de supervision supprimée</translation>
    </message>
    <message>
        <source>Goal added</source>
        <translation>Objectif ajouté</translation>
    </message>
    <message>
        <source>Goal changed</source>
        <translation>Objectif modifié</translation>
    </message>
    <message>
        <source>Goal progress recorded</source>
        <translation>Progrès d’un objectif inscrit</translation>
    </message>
    <message>
        <source>Strength added</source>
        <translation>Force ajoutée</translation>
    </message>
    <message>
        <source>Strength retired</source>
        <translation>Force retirée</translation>
    </message>
    <message>
        <source>Safety plan saved</source>
        <translation>Plan de sécurité enregistré</translation>
    </message>
    <message>
        <source>Referral made</source>
        <translation>Référence faite</translation>
    </message>
    <message>
        <source>Referral status changed</source>
        <translation>Statut de la référence modifié</translation>
    </message>
    <message>
        <source>Care team member added</source>
        <translation>Membre de l’équipe de soins ajouté</translation>
    </message>
    <message>
        <source>Care team member changed</source>
        <translation>Membre de l’équipe de soins modifié</translation>
    </message>
    <message>
        <source>Care team member reactivated</source>
        <translation>Membre de l’équipe de soins réactivé</translation>
    </message>
    <message>
        <source>Care team member made inactive</source>
        <translation>Membre de l’équipe de soins rendu inactif</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consentement inscrit</translation>
    </message>
    <message>
        <source>Consent revoked</source>
        <translation>Consentement révoqué</translation>
    </message>
    <message>
        <source>Handover summary prepared</source>
        <translation>Sommaire de transfert préparé</translation>
    </message>
    <message>
        <source>Handover summary left the agency (saved, printed or written out)</source>
        <translation>Sommaire de transfert sorti de l’organisme (enregistré, imprimé ou exporté)</translation>
    </message>
    <message>
        <source>Emergency disclosure</source>
        <translation>Divulgation d’urgence</translation>
    </message>
    <message>
        <source>Emergency disclosure acknowledged by a supervisor</source>
        <translation>Divulgation d’urgence prise en compte par un·e superviseur·e</translation>
    </message>
    <message>
        <source>Agency records exported</source>
        <translation>Dossiers de l’organisme exportés</translation>
    </message>
    <message>
        <source>Agency records imported</source>
        <translation>Dossiers de l’organisme importés</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sauvegarde faite</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sauvegarde échouée</translation>
    </message>
    <message>
        <source>Old backups removed</source>
        <translation>Anciennes sauvegardes supprimées</translation>
    </message>
    <message>
        <source>Backup settings changed</source>
        <translation>Paramètres de sauvegarde modifiés</translation>
    </message>
    <message>
        <source>Database restored from a backup</source>
        <translation>Base de données restaurée à partir d’une sauvegarde</translation>
    </message>
    <message>
        <source>Server login given the app&apos;s rights</source>
        <translation>Compte du serveur doté des droits de l’application</translation>
    </message>
    <message>
        <source>Database key shown</source>
        <translation>Clé de la base de données affichée</translation>
    </message>
    <message>
        <source>Recovery sheet printed</source>
        <translation>Feuille de récupération imprimée</translation>
    </message>
    <message>
        <source>Database key changed</source>
        <translation>Clé de la base de données changée</translation>
    </message>
    <message>
        <source>Database key change failed</source>
        <translation>Changement de la clé de la base de données échoué</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Journal d’audit exporté</translation>
    </message>
    <message>
        <source>Audit checkpoint written</source>
        <translation>Point de contrôle du journal écrit</translation>
    </message>
    <message>
        <source>Audit log sealed under a new key</source>
        <translation>Journal d’audit scellé sous une nouvelle clé</translation>
    </message>
    <message>
        <source>Report saved as a file</source>
        <translation>Rapport enregistré dans un fichier</translation>
    </message>
    <message>
        <source>Client</source>
        <extracomment>What a record of each kind is called (``ENTITY_LABELS``), for the Record column.</extracomment>
        <translation>Client·e</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Force</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de sécurité</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Care team member</source>
        <translation>Membre de l’équipe de soins</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Brief contact</source>
        <translation>Contact bref</translation>
    </message>
    <message>
        <source>Debrief request</source>
        <translation>Demande de débreffage</translation>
    </message>
    <message>
        <source>Supervision session</source>
        <translation>Séance de supervision</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Divulgation</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur·rice</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Any time</source>
        <extracomment>The period choices: label and how many days back (None: any time; CUSTOM: the dates).</extracomment>
        <translation>N’importe quand</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Du – au</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Every change, sign-off, sign-in and opening of a client record, newest first: who did what, to which record, and which fields changed (never what they say). Entries are chained so that any edit or deletion is detected.</source>
        <translation>Chaque modification, signature, connexion et ouverture d’un dossier client, la plus récente d’abord&#xa0;: qui a fait quoi, dans quel dossier, et quels champs ont changé (jamais leur contenu). Les entrées sont enchaînées pour que toute modification ou suppression soit détectée.</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Aucune entrée ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Scroll down to load older entries.</source>
        <translation>Faites défiler vers le bas pour charger les entrées plus anciennes.</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Entrées du journal d’audit</translation>
    </message>
    <message>
        <source>%1 entries loaded</source>
        <translation>%1 entrées chargées</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
    <message>
        <source>Saved %1 to %2. The export is in the log.</source>
        <translation>Exportation enregistrée dans %2 (%1). Elle est inscrite au journal.</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 entrées</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>Nombre d’entrées</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the entries shown (every page of them) as a spreadsheet file; the export is itself recorded in the log</source>
        <translation>Enregistrer les entrées affichées (toutes les pages) dans un fichier de tableur; l’exportation est elle-même inscrite au journal</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Personne</translation>
    </message>
    <message>
        <source>Show only what this person did</source>
        <translation>N’afficher que ce qu’a fait cette personne</translation>
    </message>
    <message>
        <source>C&amp;lient no.</source>
        <translation>N° de c&amp;lient·e</translation>
    </message>
    <message>
        <source>Show only entries about this client number</source>
        <translation>N’afficher que les entrées sur ce numéro de client·e</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>Show only this action</source>
        <translation>N’afficher que cette action</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>Show only this period</source>
        <translation>N’afficher que cette période</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>À partir de ce jour</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>To this day</source>
        <translation>Jusqu’à ce jour</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Show every entry again</source>
        <translation>Afficher de nouveau toutes les entrées</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Rien ici.</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Backup and restore</source>
        <translation>Sauvegarde et restauration</translation>
    </message>
    <message>
        <source>A backup is a whole copy of the agency&apos;s database, encrypted with the same key, and checked after it is written. While pswdesk runs it makes one each day into the folder below.</source>
        <translation>Une sauvegarde est une copie complète de la base de données de l’organisme, chiffrée avec la même clé et vérifiée une fois écrite. Tant que pswdesk est ouvert, il en fait une chaque jour dans le dossier ci-dessous.</translation>
    </message>
    <message>
        <source>Backup warning</source>
        <translation>Avertissement de sauvegarde</translation>
    </message>
    <message>
        <source>Backups of a server database</source>
        <translation>Sauvegardes d’une base de données sur serveur</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>A folder on another drive, if you have one</source>
        <translation>Un dossier sur un autre disque, si vous en avez un</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Choose the folder for the backups</source>
        <translation>Choisir le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>&amp;Garder les plus récentes</translation>
    </message>
    <message>
        <source>How many daily backups to keep</source>
        <translation>Combien de sauvegardes quotidiennes garder</translation>
    </message>
    <message>
        <source>backups in the folder (older ones that pswdesk made are deleted)</source>
        <translation>sauvegardes dans le dossier (les plus anciennes faites par pswdesk sont supprimées)</translation>
    </message>
    <message>
        <source>&amp;Save folder and number</source>
        <translation>&amp;Enregistrer le dossier et le nombre</translation>
    </message>
    <message>
        <source>Save the backup folder and how many to keep</source>
        <translation>Enregistrer le dossier des sauvegardes et combien en garder</translation>
    </message>
    <message>
        <source>Problem with the backup settings</source>
        <translation>Problème avec les paramètres de sauvegarde</translation>
    </message>
    <message>
        <source>Backup settings saved</source>
        <translation>Paramètres de sauvegarde enregistrés</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sauvegarde en cours</translation>
    </message>
    <message>
        <source>The last good backup</source>
        <translation>La dernière sauvegarde valide</translation>
    </message>
    <message>
        <source>The backup just made</source>
        <translation>La sauvegarde qui vient d’être faite</translation>
    </message>
    <message>
        <source>Why the backup was not made</source>
        <translation>Pourquoi la sauvegarde n’a pas été faite</translation>
    </message>
    <message>
        <source>Recent backups</source>
        <translation>Sauvegardes récentes</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restoring replaces the agency&apos;s database with a backup. The backup is checked first; the current database is kept beside it under a dated name, and everyone logs in again afterwards.</source>
        <translation>Restaurer remplace la base de données de l’organisme par une sauvegarde. La sauvegarde est d’abord vérifiée; la base actuelle est gardée à côté sous un nom daté, et tout le monde se reconnecte ensuite.</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Why the backup cannot be restored</source>
        <translation>Pourquoi la sauvegarde ne peut pas être restaurée</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <source>{n} day ago</source>
        <translation>il y a {n} jour</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>il y a {n} jours</translation>
    </message>
    <message>
        <source>{n} hour ago</source>
        <translation>il y a {n} heure</translation>
    </message>
    <message>
        <source>{n} hours ago</source>
        <translation>il y a {n} heures</translation>
    </message>
    <message>
        <source>{n} minute ago</source>
        <translation>il y a {n} minute</translation>
    </message>
    <message>
        <source>{n} minutes ago</source>
        <translation>il y a {n} minutes</translation>
    </message>
    <message>
        <source>No good backup has been made yet.</source>
        <translation>Aucune sauvegarde valide n’a encore été faite.</translation>
    </message>
    <message>
        <source>Last good backup: %1 (%2).</source>
        <translation>Dernière sauvegarde valide&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>There is no backup of this database yet. Choose a folder (on another drive if you can) and press Back up now.</source>
        <translation>Cette base de données n’a pas encore de sauvegarde. Choisissez un dossier (sur un autre disque si possible) et appuyez sur Sauvegarder maintenant.</translation>
    </message>
    <message>
        <source>The last good backup was made %1. pswdesk backs up each day while it runs; press Back up now, and check that the folder can be written to.</source>
        <translation>La dernière sauvegarde valide date de %1. pswdesk sauvegarde chaque jour pendant qu’il fonctionne; appuyez sur Sauvegarder maintenant, et vérifiez qu’on peut écrire dans le dossier.</translation>
    </message>
    <message>
        <source>Backed up at %1 into %2 (%3). Checked: it opens with the agency&apos;s key and every record and signature is intact.</source>
        <translation>Sauvegardé le %1 dans %2 (%3). Vérifié&#xa0;: elle s’ouvre avec la clé de l’organisme et chaque dossier et chaque signature sont intacts.</translation>
    </message>
    <message>
        <source>daily schedule</source>
        <translation>horaire quotidien</translation>
    </message>
    <message>
        <source>This agency&apos;s database is on a PostgreSQL server. Back up now runs pg_dump (the PostgreSQL client tools) from this computer into the folder; where they are not installed, the server&apos;s administrator backs the database up.</source>
        <translation>La base de données de cet organisme est sur un serveur PostgreSQL. Sauvegarder maintenant lance pg_dump (les outils client de PostgreSQL) depuis cet ordinateur vers le dossier; s’ils ne sont pas installés, l’administrateur·rice du serveur sauvegarde la base de données.</translation>
    </message>
    <message>
        <source>Saved: backups go to %1; the newest %2 are kept.</source>
        <translation>Enregistré&#xa0;: les sauvegardes vont dans %1; les %2 plus récentes sont conservées.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>pswdesk backups (*.db)</source>
        <translation>Sauvegardes pswdesk (*.db)</translation>
    </message>
    <message>
        <source>Server backups (*.dump)</source>
        <translation>Sauvegardes du serveur (*.dump)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>it did not pass its check</source>
        <translation>elle n’a pas passé sa vérification</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1. Nothing was changed.</source>
        <translation>Cette sauvegarde ne peut pas être restaurée&#xa0;: %1. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Restoring replaces every record of the agency&apos;s database on %1 with the backup&apos;s.</source>
        <translation>La restauration remplace tous les dossiers de la base de données de l’organisme sur %1 par ceux de la sauvegarde.</translation>
    </message>
    <message>
        <source>Restoring replaces the agency&apos;s database, %1, with the backup. The current file is kept beside it as %2.replaced-&lt;date and time&gt;, so nothing is lost.</source>
        <translation>La restauration remplace la base de données de l’organisme, %1, par la sauvegarde. Le fichier actuel est gardé à côté sous le nom %2.replaced-&lt;date et heure&gt;, donc rien n’est perdu.</translation>
    </message>
    <message>
        <source>The backup of %1 made on %2 passed its check:</source>
        <translation>La sauvegarde de %1 faite le %2 a passé sa vérification&#xa0;:</translation>
    </message>
    <message>
        <source>The backup made on %2 passed its check:</source>
        <translation>La sauvegarde faite le %2 a passé sa vérification&#xa0;:</translation>
    </message>
    <message>
        <source>Anything written since the backup was made will not be in the restored database.

Everyone else must close pswdesk first. pswdesk closes this window, restores, and asks you to log in again.</source>
        <translation>Ce qui a été écrit depuis la sauvegarde ne sera pas dans la base de données restaurée.

Toutes les autres personnes doivent d’abord fermer pswdesk. pswdesk ferme cette fenêtre, restaure, puis vous demande de vous reconnecter.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <source>Daily backup made at {when} and checked.</source>
        <translation>Sauvegarde quotidienne faite le {when} et vérifiée.</translation>
    </message>
    <message>
        <source>The daily backup was not made: {why}. pswdesk tries again in an hour; see Backup and restore.</source>
        <translation>La sauvegarde quotidienne n’a pas été faite&#xa0;: {why}. pswdesk réessaie dans une heure; voyez Sauvegarde et restauration.</translation>
    </message>
    <message>
        <source>This database file is not encrypted: anyone who copies the disk can read it. Close pswdesk and run &lt;b&gt;pswdesk db encrypt&lt;/b&gt;.</source>
        <translation>Ce fichier de base de données n’est pas chiffré&#xa0;: quiconque copie le disque peut le lire. Fermez pswdesk et lancez &lt;b&gt;pswdesk db encrypt&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>There is no backup of this database yet.</source>
        <translation>Il n’y a encore aucune sauvegarde de cette base de données.</translation>
    </message>
    <message>
        <source>The last good backup was made {age}.</source>
        <translation>La dernière sauvegarde valide a été faite {age}.</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;backup&apos;&gt;Open Backup and restore&lt;/a&gt; to make one now.</source>
        <translation>&lt;a href=&apos;backup&apos;&gt;Ouvrez Sauvegarde et restauration&lt;/a&gt; pour en faire une maintenant.</translation>
    </message>
</context>
<context>
    <name>BriefContactDialog</name>
    <message>
        <source>None noted</source>
        <extracomment>The risk choices, &quot;None noted&quot; first (stored as no risk level at all).</extracomment>
        <translation>Aucun noté</translation>
    </message>
    <message>
        <source>Date and time of the contact</source>
        <translation>Date et heure du contact</translation>
    </message>
    <message>
        <source>Type of contact</source>
        <translation>Type de contact</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>One or two lines: what it was about, how they were</source>
        <translation>Une ou deux lignes&#xa0;: de quoi il s’agissait, comment allait la personne</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Risk noted</source>
        <translation>Risque noté</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Minutes</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>Ce qui s’est &amp;passé</translation>
    </message>
    <message>
        <source>&amp;Risk</source>
        <translation>&amp;Risque</translation>
    </message>
    <message>
        <source>Write a &amp;full note instead</source>
        <translation>Écrire plutôt une note &amp;complète</translation>
    </message>
    <message>
        <source>Start a full eight-step note with this date, type, minutes and text</source>
        <translation>Commencer une note complète en huit étapes avec cette date, ce type, ces minutes et ce texte</translation>
    </message>
    <message>
        <source>Correct brief contact</source>
        <extracomment>A draft was started instead: client id, note id (the window opens it in the editor).</extracomment>
        <translation>Corriger le bref contact</translation>
    </message>
    <message>
        <source>Log brief contact</source>
        <translation>Inscrire un bref contact</translation>
    </message>
    <message>
        <source>A phone call, text or drop-in with &lt;b&gt;{name}&lt;/b&gt; that needs no full note. Moderate or higher risk always needs a full note.</source>
        <translation>Un appel, un texto ou une visite sans rendez-vous avec &lt;b&gt;{name}&lt;/b&gt; qui ne demande pas de note complète. Un risque modéré ou plus élevé demande toujours une note complète.</translation>
    </message>
    <message>
        <source>{n} / {max} characters</source>
        <translation>{n} / {max} caractères</translation>
    </message>
    <message>
        <source>A contact at moderate or higher risk needs a full note (risk, actions and a follow-up), not a brief one: choose &quot;Write a full note instead&quot; and what you typed goes into it.</source>
        <translation>Un contact à risque modéré ou plus élevé demande une note complète (risque, actions et suivi), pas un bref contact&#xa0;: choisissez « Écrire plutôt une note complète » et ce que vous avez écrit y sera repris.</translation>
    </message>
</context>
<context>
    <name>BriefContacts</name>
    <message>
        <source>Became note {id}</source>
        <translation>Devenu la note {id}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Brief contacts&lt;/b&gt;</source>
        <extracomment>The &quot;What&quot; column takes the room left over.</extracomment>
        <translation>&lt;b&gt;Brefs contacts&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Log brief contact…</source>
        <translation>&amp;Inscrire un bref contact…</translation>
    </message>
    <message>
        <source>A phone call, text or drop-in, without a full note</source>
        <translation>Un appel, un texto ou une visite sans rendez-vous, sans note complète</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>Co&amp;rriger…</translation>
    </message>
    <message>
        <source>Your own brief contact, on the day you logged it</source>
        <translation>Votre propre bref contact, le jour où vous l’avez inscrit</translation>
    </message>
    <message>
        <source>Open its note</source>
        <translation>Ouvrir sa note</translation>
    </message>
    <message>
        <source>Brief contacts, newest first</source>
        <translation>Brefs contacts, les plus récents d’abord</translation>
    </message>
    <message>
        <source>No brief contacts yet. A quick phone call, text or drop-in goes here (Ctrl+Shift+B).</source>
        <translation>Pas encore de brefs contacts. Un appel rapide, un texto ou une visite sans rendez-vous s’inscrit ici (Ctrl+Maj+B).</translation>
    </message>
    <message>
        <source>({n}{more}, newest first)</source>
        <extracomment>The client&apos;s name for the dialog&apos;s title (the record sets it once read).</extracomment>
        <translation>({n}{more}, les plus récents d’abord)</translation>
    </message>
    <message>
        <source>Brief contact corrected.</source>
        <translation>Bref contact corrigé.</translation>
    </message>
    <message>
        <source>Note {id} started from the brief contact; finish it in the editor.</source>
        <translation>Note {id} commencée à partir du bref contact; terminez-la dans l’éditeur.</translation>
    </message>
    <message>
        <source>Brief contact logged.</source>
        <translation>Bref contact inscrit.</translation>
    </message>
</context>
<context>
    <name>CareTeamDialog</name>
    <message>
        <source>Care-team member</source>
        <translation>Membre de l’équipe de soins</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>e.g. GP, counsellor, housing worker, sister</source>
        <translation>p. ex. médecin de famille, conseillère, intervenant au logement, sœur</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
</context>
<context>
    <name>CareTeamTab</name>
    <message>
        <source>Care team</source>
        <translation>Équipe de soins</translation>
    </message>
    <message>
        <source>Care team: summary</source>
        <translation>Équipe de soins&#xa0;: résumé</translation>
    </message>
    <message>
        <source>Sho&amp;w former members</source>
        <translation>Aff&amp;icher les anciens membres</translation>
    </message>
    <message>
        <source>Show former care-team members</source>
        <translation>Afficher les anciens membres de l’équipe de soins</translation>
    </message>
    <message>
        <source>The client&apos;s other providers and supports. Consents and handovers name them; someone who no longer works with the client is marked as a former member, not deleted.</source>
        <translation>Les autres intervenants et soutiens du ou de la client·e. Les consentements et les transferts les nomment; une personne qui ne travaille plus avec le ou la client·e est marquée comme ancien membre, pas supprimée.</translation>
    </message>
    <message>
        <source>Loading care team</source>
        <translation>Chargement de l’équipe de soins</translation>
    </message>
    <message>
        <source>Nobody on the care team yet. Add the client&apos;s GP, counsellor, housing worker or anyone else who supports them.</source>
        <translation>Personne dans l’équipe de soins pour l’instant. Ajoutez le médecin de famille, la conseillère, l’intervenant au logement ou toute autre personne qui soutient ce ou cette client·e.</translation>
    </message>
    <message>
        <source>No care team yet</source>
        <translation>Pas encore d’équipe de soins</translation>
    </message>
    <message>
        <source>Care team members</source>
        <translation>Membres de l’équipe de soins</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Ajouter un membre…</translation>
    </message>
    <message>
        <source>Add someone to the care team</source>
        <translation>Ajouter une personne à l’équipe de soins</translation>
    </message>
    <message>
        <source>Edit me&amp;mber…</source>
        <translation>Modifier le me&amp;mbre…</translation>
    </message>
    <message>
        <source>Edit the selected member&apos;s details</source>
        <translation>Modifier les coordonnées du membre sélectionné</translation>
    </message>
    <message>
        <source>Former member</source>
        <translation>Ancien membre</translation>
    </message>
    <message>
        <source>{n} current</source>
        <translation>{n} actuels</translation>
    </message>
    <message>
        <source>Mark as current member</source>
        <translation>Marquer comme membre actuel</translation>
    </message>
    <message>
        <source>Mark as former member</source>
        <translation>Marquer comme ancien membre</translation>
    </message>
    <message>
        <source>{name} added to the care team.</source>
        <translation>{name} ajouté·e à l’équipe de soins.</translation>
    </message>
    <message>
        <source>{name}&apos;s details saved.</source>
        <translation>Coordonnées de {name} enregistrées.</translation>
    </message>
    <message>
        <source>{name} is a current member now.</source>
        <translation>{name} est maintenant membre actuel·le.</translation>
    </message>
    <message>
        <source>{name} is a former member now.</source>
        <translation>{name} est maintenant ancien·ne membre.</translation>
    </message>
    <message>
        <source>Add to the care team</source>
        <translation>Ajouter à l’équipe de soins</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Mark the selected member as former or current</source>
        <translation>Marquer le membre sélectionné comme ancien ou actuel</translation>
    </message>
    <message>
        <source>Enter edits the selected member.</source>
        <translation>Entrée modifie le membre sélectionné.</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>High-risk alert not yet cleared by a supervisor</source>
        <translation>Alerte de risque élevé pas encore levée par un·e superviseur·e</translation>
    </message>
    <message>
        <source>Imminent or high risk, and no contact or follow-up within the agency&apos;s days (Agency settings); a note, a brief contact or a follow-up clears it</source>
        <translation>Risque imminent ou élevé, sans contact ni suivi dans le délai de l’organisme (Paramètres de l’organisme); une note, un bref contact ou un suivi la lève</translation>
    </message>
    <message>
        <source>%n unfinished note(s) by you</source>
        <translation>%n note inachevée de votre part|%n notes inachevées de votre part</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>My caseload</source>
        <translation>Ma charge de cas</translation>
    </message>
    <message>
        <source>Number of clients</source>
        <translation>Nombre de client·es</translation>
    </message>
    <message>
        <source>&amp;Register a client…</source>
        <translation>&amp;Inscrire un·e client·e…</translation>
    </message>
    <message>
        <source>Register a new client (Ctrl+Shift+N)</source>
        <translation>Inscrire un·e nouveau·elle client·e (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>Register a new client</source>
        <translation>Inscrire un·e nouveau·elle client·e</translation>
    </message>
    <message>
        <source>Search clients by name</source>
        <translation>Chercher des client·es par nom</translation>
    </message>
    <message>
        <source>Search by name   (Ctrl+F)</source>
        <translation>Chercher par nom   (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Sort by</source>
        <translation>&amp;Trier par</translation>
    </message>
    <message>
        <source>Sort clients by</source>
        <translation>Trier les client·es par</translation>
    </message>
    <message>
        <source>Risk, highest first</source>
        <translation>Risque, le plus élevé d’abord</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Most recent contact</source>
        <translation>Contact le plus récent</translation>
    </message>
    <message>
        <source>Show &amp;closed</source>
        <translation>Afficher les dossiers &amp;fermés</translation>
    </message>
    <message>
        <source>Show closed files too</source>
        <translation>Afficher aussi les dossiers fermés</translation>
    </message>
    <message>
        <source>Closed files leave the caseload; tick to find them again</source>
        <translation>Les dossiers fermés quittent la charge de cas; cochez pour les retrouver</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Client·es</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open a client&apos;s record</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour ouvrir le dossier du ou de la client·e</translation>
    </message>
    <message>
        <source>No clients to show.</source>
        <translation>Aucun·e client·e à afficher.</translation>
    </message>
    <message>
        <source>Register a client</source>
        <translation>Inscrire un·e client·e</translation>
    </message>
    <message>
        <source>Register the first client</source>
        <translation>Inscrire la première personne</translation>
    </message>
    <message>
        <source>Double-click a client, or select one and press Enter, to open their record.</source>
        <translation>Double-cliquez sur une personne, ou sélectionnez-la et appuyez sur Entrée, pour ouvrir son dossier.</translation>
    </message>
    <message>
        <source>No clients match &quot;{term}&quot;.</source>
        <extracomment>The client&apos;s name keeps at least this width; narrower, the other columns give way. A client changed, a note submitted (last contact) or signed (risk) moves the list; autosaves (NOTE alone) do not reload it under the user.</extracomment>
        <translation>Aucun·e client·e ne correspond à «&#xa0;{term}&#xa0;».</translation>
    </message>
    <message>
        <source>No clients are assigned to you yet.</source>
        <translation>Aucun·e client·e ne vous est encore assigné·e.</translation>
    </message>
    <message>
        <source>Your team has no clients yet.</source>
        <translation>Votre équipe n’a pas encore de client·es.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>The two new passwords are the same</source>
        <translation>Les deux nouveaux mots de passe sont identiques</translation>
    </message>
    <message>
        <source>Different from your current password</source>
        <translation>Différent de votre mot de passe actuel</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Choisissez un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>{name}, an administrator reset your password. Choose a new one that only you know before you carry on.</source>
        <translation>{name}, un·e administrateur·rice a réinitialisé votre mot de passe. Choisissez-en un nouveau que vous seul·e connaissez avant de continuer.</translation>
    </message>
    <message>
        <source>Change the password {name} ({username}) logs in with.</source>
        <translation>Changez le mot de passe avec lequel {name} ({username}) se connecte.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Répétez le nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Mot de passe &amp;actuel</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;Repeat new password</source>
        <translation>&amp;Répétez le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Your new password needs:</source>
        <translation>Votre nouveau mot de passe doit avoir&#xa0;:</translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation>Au moins {n} caractères</translation>
    </message>
    <message>
        <source>Not only spaces</source>
        <translation>Pas seulement des espaces</translation>
    </message>
    <message>
        <source>At most {n} characters</source>
        <translation>Au plus {n} caractères</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>C&amp;hanger le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Quit pswdesk</source>
        <translation>&amp;Quitter pswdesk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>{rule}: {state}</source>
        <translation>{rule}&#xa0;: {state}</translation>
    </message>
    <message>
        <source>A wrong current password counts as a failed login.</source>
        <translation>Un mauvais mot de passe actuel compte comme une connexion échouée.</translation>
    </message>
</context>
<context>
    <name>ClientNotes</name>
    <message>
        <source>Loading notes</source>
        <translation>Chargement des notes</translation>
    </message>
    <message>
        <source>Notes about this client</source>
        <translation>Notes sur ce ou cette client·e</translation>
    </message>
    <message>
        <source>Double-click a note, or select it and press Enter, to read it.</source>
        <translation>Double-cliquez sur une note, ou sélectionnez-la et appuyez sur Entrée, pour la lire.</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>Supprimer le brouillon…</translation>
    </message>
    <message>
        <source>Delete the selected draft of yours that was never submitted (Delete)</source>
        <translation>Supprimer votre brouillon sélectionné qui n’a jamais été soumis (Suppr)</translation>
    </message>
    <message>
        <source>Delete the selected draft</source>
        <translation>Supprimer le brouillon sélectionné</translation>
    </message>
</context>
<context>
    <name>ClientRecord</name>
    <message>
        <source>Client record</source>
        <translation>Dossier du ou de la client·e</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Nom du ou de la client·e</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <source>Current risk level</source>
        <translation>Niveau de risque actuel</translation>
    </message>
    <message>
        <source>Assigned workers</source>
        <translation>Intervenant·es assigné·es</translation>
    </message>
    <message>
        <source>File &amp;actions</source>
        <translation>&amp;Actions sur le dossier</translation>
    </message>
    <message>
        <source>Edit the details, assign or transfer, merge with another record, close or reopen the file</source>
        <translation>Modifier les renseignements, assigner ou transférer, fusionner avec un autre dossier, fermer ou rouvrir le dossier</translation>
    </message>
    <message>
        <source>Actions on the client&apos;s file</source>
        <translation>Actions sur le dossier du ou de la client·e</translation>
    </message>
    <message>
        <source>Han&amp;dover summary…</source>
        <translation>Sommaire de trans&amp;fert…</translation>
    </message>
    <message>
        <source>Prepare a summary for another provider under the client&apos;s consent (Ctrl+Shift+H)</source>
        <translation>Préparer un sommaire pour un autre fournisseur, selon le consentement du ou de la client·e (Ctrl+Maj+H)</translation>
    </message>
    <message>
        <source>Handover summary for another provider</source>
        <translation>Sommaire de transfert pour un autre fournisseur</translation>
    </message>
    <message>
        <source>&amp;New note   Ctrl+N</source>
        <translation>&amp;Nouvelle note   Ctrl+N</translation>
    </message>
    <message>
        <source>Write a new note for this client</source>
        <translation>Rédiger une nouvelle note pour ce ou cette client·e</translation>
    </message>
    <message>
        <source>The file is closed</source>
        <translation>Le dossier est fermé</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <extracomment>(key, tab title, widget class), after Overview and Notes. Mnemonics avoid the header&apos;s (N, D) and the menus&apos; (F, V, C, H).</extracomment>
        <translation>&amp;Objectifs</translation>
    </message>
    <message>
        <source>&amp;Strengths</source>
        <translation>&amp;Forces</translation>
    </message>
    <message>
        <source>Safety &amp;plan</source>
        <translation>&amp;Plan de sécurité</translation>
    </message>
    <message>
        <source>R&amp;isk history</source>
        <translation>&amp;Historique du risque</translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation>&amp;Références</translation>
    </message>
    <message>
        <source>Care &amp;team</source>
        <translation>Équipe de &amp;soins</translation>
    </message>
    <message>
        <source>Cons&amp;ents</source>
        <translation>Co&amp;nsentements</translation>
    </message>
    <message>
        <source>Log brief contact</source>
        <extracomment>Workers close files only where the agency allows it (supervisors always may).</extracomment>
        <translation>Inscrire un bref contact</translation>
    </message>
    <message>
        <source>A phone call, text or drop-in, without a full note (Ctrl+Shift+B)</source>
        <translation>Un appel, un texto ou une visite sans rendez-vous, sans note complète (Ctrl+Maj+B)</translation>
    </message>
    <message>
        <source>Assigned to {workers}</source>
        <translation>Assigné·e à {workers}</translation>
    </message>
    <message>
        <source> since {when}</source>
        <translation> depuis le {when}</translation>
    </message>
    <message>
        <source>Client record: {name}</source>
        <translation>Dossier du ou de la client·e&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Edit detai&amp;ls…</source>
        <translation>Modifier les rensei&amp;gnements…</translation>
    </message>
    <message>
        <source>Names, contact details, language, how they came</source>
        <translation>Noms, coordonnées, langue, comment la personne est arrivée</translation>
    </message>
    <message>
        <source>&amp;Assign or transfer…</source>
        <translation>&amp;Assigner ou transférer…</translation>
    </message>
    <message>
        <source>&amp;Merge with another record…</source>
        <translation>&amp;Fusionner avec un autre dossier…</translation>
    </message>
    <message>
        <source>&amp;Close the file…</source>
        <translation>&amp;Fermer le dossier…</translation>
    </message>
    <message>
        <source>&amp;Reopen the file…</source>
        <translation>&amp;Rouvrir le dossier…</translation>
    </message>
    <message>
        <source>Open client {n}</source>
        <translation>Ouvrir le dossier {n}</translation>
    </message>
    <message>
        <source>Reopen the file…</source>
        <translation>Rouvrir le dossier…</translation>
    </message>
    <message>
        <source>Parts of the client record</source>
        <translation>Parties du dossier</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nom légal</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Personne à joindre en cas d’urgence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>Client·e depuis</translation>
    </message>
    <message>
        <source>Current risk</source>
        <translation>Risque actuel</translation>
    </message>
    <message>
        <source>Notes on record</source>
        <translation>Notes au dossier</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close file</source>
        <translation>Fermer le dossier</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Raison</translation>
    </message>
    <message>
        <source>Why the file closes</source>
        <translation>Pourquoi le dossier est fermé</translation>
    </message>
    <message>
        <source>&amp;In words</source>
        <translation>&amp;En mots</translation>
    </message>
    <message>
        <source>Reason in words</source>
        <translation>Raison en mots</translation>
    </message>
    <message>
        <source>A few words (needed for Other)</source>
        <translation>Quelques mots (requis pour Autre)</translation>
    </message>
    <message>
        <source>Closed &amp;on</source>
        <translation>Fermé &amp;le</translation>
    </message>
    <message>
        <source>Date the file closes</source>
        <translation>Date de fermeture du dossier</translation>
    </message>
    <message>
        <source>To resolve first</source>
        <translation>À régler d’abord</translation>
    </message>
    <message>
        <source>Checking what is still open…</source>
        <translation>Vérification de ce qui reste ouvert…</translation>
    </message>
    <message>
        <source>What is still open</source>
        <translation>Ce qui reste ouvert</translation>
    </message>
    <message>
        <source>Follow-ups and notes still open</source>
        <translation>Suivis et notes encore ouverts</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>O&amp;uvrir</translation>
    </message>
    <message>
        <source>Open the selected note or follow-up</source>
        <translation>Ouvrir la note ou le suivi sélectionné</translation>
    </message>
    <message>
        <source>&amp;Mark follow-up done</source>
        <translation>&amp;Marquer le suivi comme fait</translation>
    </message>
    <message>
        <source>Mark the selected follow-up done</source>
        <translation>Marquer le suivi sélectionné comme fait</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier de nouveau</translation>
    </message>
    <message>
        <source>Check again what is still open</source>
        <translation>Vérifier de nouveau ce qui reste ouvert</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Choisissez une raison…</translation>
    </message>
    <message>
        <source>Merged into client {id}, which now carries this file.</source>
        <translation>Fusionné avec le ou la client·e {id}, qui porte maintenant ce dossier.</translation>
    </message>
    <message>
        <source>Closed on {date}</source>
        <translation>Fermé le {date}</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Waiting for review: note of {when} by {author}</source>
        <translation>En attente de révision&#xa0;: note du {when} de {author}</translation>
    </message>
    <message>
        <source>Returned to you: note of {when} (submit it again or fix it)</source>
        <translation>Retournée à vous&#xa0;: note du {when} (soumettez-la de nouveau ou corrigez-la)</translation>
    </message>
    <message>
        <source>Your unsubmitted draft of {when}</source>
        <translation>Votre brouillon non soumis du {when}</translation>
    </message>
    <message>
        <source>Draft of {when} by {author}</source>
        <translation>Brouillon du {when} de {author}</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (en retard)</translation>
    </message>
    <message>
        <source>Follow-up due {due}: {what} — {owner}</source>
        <translation>Suivi prévu le {due}&#xa0;: {what} — {owner}</translation>
    </message>
    <message>
        <source>1 open follow-up (mark it done)</source>
        <translation>1 suivi ouvert (marquez-le fait)</translation>
    </message>
    <message>
        <source>{n} open follow-ups (mark them done)</source>
        <translation>{n} suivis ouverts (marquez-les faits)</translation>
    </message>
    <message>
        <source>1 unsubmitted note of yours (open it to submit, or delete a stray draft)</source>
        <translation>1 note non soumise de votre part (ouvrez-la pour la soumettre, ou supprimez un brouillon oublié)</translation>
    </message>
    <message>
        <source>{n} unsubmitted notes of yours (open them to submit, or delete a stray draft)</source>
        <translation>{n} notes non soumises de votre part (ouvrez-les pour les soumettre, ou supprimez un brouillon oublié)</translation>
    </message>
    <message>
        <source>1 note waiting for review (a supervisor approves or returns it)</source>
        <translation>1 note en attente de révision (un·e superviseur·e l’approuve ou la retourne)</translation>
    </message>
    <message>
        <source>{n} notes waiting for review (a supervisor approves or returns it)</source>
        <translation>{n} notes en attente de révision (un·e superviseur·e les approuve ou les retourne)</translation>
    </message>
    <message>
        <source>Resolve first: {what}.</source>
        <translation>À régler d’abord&#xa0;: {what}.</translation>
    </message>
    <message>
        <source>Close {name}&apos;s file</source>
        <translation>Fermer le dossier de {name}</translation>
    </message>
    <message>
        <source>Closing takes {name} off the caseloads and queues. The record stays, read-only, and is found with “Show closed”; it can be reopened.</source>
        <translation>Fermer retire {name} des charges de cas et des files d’attente. Le dossier reste, en lecture seule, et se trouve avec « Afficher les fermés »; il peut être rouvert.</translation>
    </message>
    <message>
        <source>Close the &amp;file</source>
        <translation>Fermer le &amp;dossier</translation>
    </message>
    <message>
        <source>Nothing is still open: the file can close.</source>
        <translation>Plus rien n’est ouvert&#xa0;: le dossier peut être fermé.</translation>
    </message>
    <message>
        <source>Say in a few words why the file closes</source>
        <translation>Dites en quelques mots pourquoi le dossier est fermé</translation>
    </message>
    <message>
        <source>A few words (optional)</source>
        <translation>Quelques mots (facultatif)</translation>
    </message>
    <message>
        <source>Choose why the file closes.</source>
        <translation>Choisissez pourquoi le dossier est fermé.</translation>
    </message>
    <message>
        <source>Reopen {name}&apos;s file</source>
        <translation>Rouvrir le dossier de {name}</translation>
    </message>
    <message>
        <source>{banner}. Say why the file reopens; the reason and the closing it undoes are kept in the audit log.</source>
        <translation>{banner}. Dites pourquoi le dossier est rouvert; la raison et la fermeture qu’il annule sont gardées au journal d’audit.</translation>
    </message>
    <message>
        <source>&amp;Reopen the file</source>
        <translation>&amp;Rouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record a consent</source>
        <translation>Inscrire un consentement</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Partagé avec</translation>
    </message>
    <message>
        <source>&amp;Care-team member</source>
        <translation>&amp;Membre de l’équipe de soins</translation>
    </message>
    <message>
        <source>Care-team member</source>
        <translation>Membre de l’équipe de soins</translation>
    </message>
    <message>
        <source>&amp;Another organisation</source>
        <translation>&amp;Autre organisation</translation>
    </message>
    <message>
        <source>Organisation or person</source>
        <translation>Organisation ou personne</translation>
    </message>
    <message>
        <source>Name of the organisation or person</source>
        <translation>Nom de l’organisation ou de la personne</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>&amp;But</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>But</translation>
    </message>
    <message>
        <source>e.g. Coordinated care with the GP</source>
        <translation>p. ex. Soins coordonnés avec le médecin de famille</translation>
    </message>
    <message>
        <source>It covers</source>
        <translation>Il couvre</translation>
    </message>
    <message>
        <source>&amp;Risk level</source>
        <translation>&amp;Niveau de risque</translation>
    </message>
    <message>
        <source>Safety &amp;plan</source>
        <translation>&amp;Plan de sécurité</translation>
    </message>
    <message>
        <source>&amp;Goals and progress</source>
        <translation>&amp;Objectifs et progrès</translation>
    </message>
    <message>
        <source>S&amp;trengths and resources</source>
        <translation>&amp;Forces et ressources</translation>
    </message>
    <message>
        <source>Re&amp;ferrals</source>
        <translation>Ré&amp;férences</translation>
    </message>
    <message>
        <source>&amp;Care team</source>
        <translation>É&amp;quipe de soins</translation>
    </message>
    <message>
        <source>Co&amp;ntact summaries</source>
        <translation>Résumés des &amp;contacts</translation>
    </message>
    <message>
        <source>Planned &amp;follow-ups</source>
        <translation>&amp;Suivis prévus</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donné</translation>
    </message>
    <message>
        <source>&amp;Written</source>
        <translation>&amp;Par écrit</translation>
    </message>
    <message>
        <source>&amp;Verbally</source>
        <translation>&amp;Verbalement</translation>
    </message>
    <message>
        <source>&amp;Date given</source>
        <translation>&amp;Date donnée</translation>
    </message>
    <message>
        <source>Date the consent was given</source>
        <translation>Date à laquelle le consentement a été donné</translation>
    </message>
    <message>
        <source>&amp;Expires</source>
        <translation>&amp;Expire</translation>
    </message>
    <message>
        <source>The consent has an expiry date</source>
        <translation>Le consentement a une date d’expiration</translation>
    </message>
    <message>
        <source>Expiry date (the last day it holds)</source>
        <translation>Date d’expiration (le dernier jour où il est valide)</translation>
    </message>
    <message>
        <source>(nobody on the care team yet)</source>
        <translation>(personne dans l’équipe de soins pour l’instant)</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Consents: summary</source>
        <translation>Consentements&#xa0;: résumé</translation>
    </message>
    <message>
        <source>Hide e&amp;xpired and revoked</source>
        <translation>Masquer les consentements e&amp;xpirés et révoqués</translation>
    </message>
    <message>
        <source>Hide expired and revoked consents</source>
        <translation>Masquer les consentements expirés et révoqués</translation>
    </message>
    <message>
        <source>What the client agreed to share, with whom and until when. Only a consent in force allows a handover, and only for the kinds of information it covers.</source>
        <translation>Ce que le ou la client·e a accepté de partager, avec qui et jusqu’à quand. Seul un consentement en vigueur permet un transfert, et seulement pour les types d’information qu’il couvre.</translation>
    </message>
    <message>
        <source>Loading consents</source>
        <translation>Chargement des consentements</translation>
    </message>
    <message>
        <source>No consents recorded. Without one, no handover summary can be sent for this client.</source>
        <translation>Aucun consentement inscrit. Sans consentement, aucun sommaire de transfert ne peut être envoyé pour ce ou cette client·e.</translation>
    </message>
    <message>
        <source>No consents</source>
        <translation>Aucun consentement</translation>
    </message>
    <message>
        <source>The selected consent</source>
        <translation>Le consentement sélectionné</translation>
    </message>
    <message>
        <source>&amp;Add consent…</source>
        <translation>&amp;Ajouter un consentement…</translation>
    </message>
    <message>
        <source>Record a consent the client gave</source>
        <translation>Inscrire un consentement donné par le ou la client·e</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <source>Record that the client withdrew the selected consent</source>
        <translation>Inscrire que le ou la client·e a retiré le consentement sélectionné</translation>
    </message>
    <message>
        <source>A consent is never edited: revoke it and record a new one.</source>
        <translation>Un consentement n’est jamais modifié&#xa0;: révoquez-le et inscrivez-en un nouveau.</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>The consent states&apos; labels (``ConsentState.label``), listed for lupdate.</extracomment>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Active, expiring soon</source>
        <translation>En vigueur, expire bientôt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>Pas encore en vigueur</translation>
    </message>
    <message>
        <source>Expires {date}</source>
        <translation>Expire le {date}</translation>
    </message>
    <message>
        <source>Revoked {date}</source>
        <translation>Retiré le {date}</translation>
    </message>
    <message>
        <source>Expired {date}</source>
        <translation>Expiré le {date}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>&lt;b&gt;Covers:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Couvre&#xa0;:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>until {date} (the last day it holds)</source>
        <translation>jusqu’au {date} (le dernier jour où il s’applique)</translation>
    </message>
    <message>
        <source>no expiry date</source>
        <translation>sans date d’expiration</translation>
    </message>
    <message>
        <source>&lt;b&gt;Revoked on&lt;/b&gt; {date}</source>
        <translation>&lt;b&gt;Retiré le&lt;/b&gt; {date}</translation>
    </message>
    <message>
        <source>may be shared today</source>
        <translation>peut être communiqué aujourd’hui</translation>
    </message>
    <message>
        <source>nothing may be shared under it today</source>
        <translation>rien ne peut être communiqué en vertu de celui-ci aujourd’hui</translation>
    </message>
    <message>
        <source>&lt;b&gt;Purpose:&lt;/b&gt; {purpose}</source>
        <translation>&lt;b&gt;But&#xa0;:&lt;/b&gt; {purpose}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Given&lt;/b&gt; {how} on {date}, {expiry}.</source>
        <translation>&lt;b&gt;Donné&lt;/b&gt; {how} le {date}, {expiry}.</translation>
    </message>
    <message>
        <source>Recorded by {name}.</source>
        <translation>Inscrit par {name}.</translation>
    </message>
    <message>
        <source>{n} in force</source>
        <translation>{n} en vigueur</translation>
    </message>
    <message>
        <source> · {n} expiring soon</source>
        <translation> · {n} expirent bientôt</translation>
    </message>
    <message>
        <source>Consent recorded: {name}.</source>
        <translation>Consentement inscrit&#xa0;: {name}.</translation>
    </message>
    <message>
        <source>Consent for {name} revoked.</source>
        <translation>Consentement pour {name} retiré.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Quelque chose s’est mal passé</translation>
    </message>
    <message>
        <source>pswdesk ran into a problem it did not expect, so the last thing you did may not have finished.</source>
        <translation>pswdesk a rencontré un problème imprévu; la dernière chose que vous avez faite n’est peut-être pas terminée.</translation>
    </message>
    <message>
        <source>You can keep working. If it happens again, close pswdesk and open it again.</source>
        <translation>Vous pouvez continuer à travailler. Si cela se reproduit, fermez pswdesk et rouvrez-le.</translation>
    </message>
    <message>
        <source>A draft could not be saved just now. Its text is still in its window: keep that window open and press Save, or copy the text somewhere safe.</source>
        <translation>Un brouillon n’a pas pu être enregistré à l’instant. Son texte est encore dans sa fenêtre&#xa0;: gardez cette fenêtre ouverte et appuyez sur Enregistrer, ou copiez le texte en lieu sûr.</translation>
    </message>
    <message>
        <source>Your draft is safe: it was saved just now.</source>
        <translation>Votre brouillon est en sécurité&#xa0;: il vient d’être enregistré.</translation>
    </message>
    <message>
        <source>Your drafts are safe: they were saved just now.</source>
        <translation>Vos brouillons sont en sécurité&#xa0;: ils viennent d’être enregistrés.</translation>
    </message>
    <message>
        <source>No note was open for editing, and your saved work is not affected.</source>
        <translation>Aucune note n’était ouverte en modification, et votre travail enregistré n’est pas touché.</translation>
    </message>
    <message>
        <source>pswdesk: something went wrong</source>
        <translation>pswdesk&#xa0;: quelque chose s’est mal passé</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Ouvrir le dossier du journal</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The details could not be written to a log; Copy details keeps them.</source>
        <translation>Les détails n’ont pas pu être écrits dans un journal; Copier les détails les conserve.</translation>
    </message>
    <message>
        <source>The details are in the log file %1.</source>
        <translation>Les détails sont dans le fichier journal %1.</translation>
    </message>
    <message>
        <source>It has happened %1 times since this message opened.</source>
        <translation>C’est arrivé %1 fois depuis l’ouverture de ce message.</translation>
    </message>
    <message>
        <source>Details copied</source>
        <translation>Détails copiés</translation>
    </message>
</context>
<context>
    <name>DamagedDatabase</name>
    <message>
        <source>an unknown date</source>
        <translation>une date inconnue</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>pswdesk — the database cannot be read</source>
        <translation>pswdesk — la base de données ne peut pas être lue</translation>
    </message>
    <message>
        <source>Type the recovery key</source>
        <translation>Tapez la clé de récupération</translation>
    </message>
    <message>
        <source>The database cannot be read</source>
        <translation>La base de données ne peut pas être lue</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>Clé de &amp;récupération</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>14 groups of 4 letters and digits; spaces and dashes do not matter</source>
        <translation>14 groupes de 4 lettres et chiffres; les espaces et les tirets ne comptent pas</translation>
    </message>
    <message>
        <source>Problem with the key</source>
        <translation>Problème avec la clé</translation>
    </message>
    <message>
        <source>The backup found</source>
        <translation>La sauvegarde trouvée</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit pswdesk</source>
        <translation>Quitter pswdesk</translation>
    </message>
    <message>
        <source>&amp;Choose a backup file…</source>
        <translation>&amp;Choisir un fichier de sauvegarde…</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Choisir un fichier de sauvegarde</translation>
    </message>
    <message>
        <source>pswdesk cannot read the database file %1. The file is kept exactly as it is: nothing will overwrite it. You can restore the newest good backup instead; the damaged file then stays beside it under a dated name.</source>
        <translation>pswdesk ne peut pas lire le fichier de base de données %1. Le fichier est gardé exactement tel quel&#xa0;: rien ne l’écrasera. Vous pouvez plutôt restaurer la sauvegarde valide la plus récente; le fichier endommagé reste alors à côté, sous un nom daté.</translation>
    </message>
    <message>
        <source>Looking for the newest good backup…</source>
        <translation>Recherche de la sauvegarde valide la plus récente…</translation>
    </message>
    <message>
        <source>This computer does not hold the database&apos;s key. Type the recovery key, so pswdesk can check the backups (they are encrypted with the same key).</source>
        <translation>Cet ordinateur n’a pas la clé de la base de données. Tapez la clé de récupération, pour que pswdesk puisse vérifier les sauvegardes (elles sont chiffrées avec la même clé).</translation>
    </message>
    <message>
        <source>&amp;Look for a backup</source>
        <translation>&amp;Chercher une sauvegarde</translation>
    </message>
    <message>
        <source>No good backup of this database was found on this computer. If you keep backups elsewhere (a USB drive, another folder), choose the file.</source>
        <translation>Aucune sauvegarde valide de cette base de données n’a été trouvée sur cet ordinateur. Si vous gardez des sauvegardes ailleurs (une clé USB, un autre dossier), choisissez le fichier.</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <source>pswdesk backups (*.db);;All files (*)</source>
        <translation>Sauvegardes pswdesk (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>it did not pass its check</source>
        <translation>elle n’a pas passé sa vérification</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2.</source>
        <translation>%1 ne peut pas être restaurée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The backup of %1 made on %2 passed its check:</source>
        <translation>La sauvegarde de %1 faite le %2 a passé sa vérification&#xa0;:</translation>
    </message>
    <message>
        <source>The backup made on %2 passed its check:</source>
        <translation>La sauvegarde faite le %2 a passé sa vérification&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>The backup was restored. The damaged file is kept as %1. Log in to carry on.</source>
        <translation>La sauvegarde a été restaurée. Le fichier endommagé est gardé sous le nom %1. Connectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>The backup was restored. Log in to carry on.</source>
        <translation>La sauvegarde a été restaurée. Connectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Restore the backup shown</source>
        <translation>Restaurer la sauvegarde affichée</translation>
    </message>
</context>
<context>
    <name>DatabaseSettings</name>
    <message>
        <source>Database server</source>
        <translation>Serveur de base de données</translation>
    </message>
    <message>
        <source>Server &amp;password</source>
        <translation>Mot de passe du &amp;serveur</translation>
    </message>
    <message>
        <source>The database server&apos;s password</source>
        <translation>Le mot de passe du serveur de base de données</translation>
    </message>
    <message>
        <source>&amp;Keep in this computer&apos;s keyring</source>
        <translation>&amp;Garder dans le trousseau de clés de cet ordinateur</translation>
    </message>
    <message>
        <source>Check the password with the server and keep it in this computer&apos;s keyring</source>
        <translation>Vérifier le mot de passe auprès du serveur et le garder dans le trousseau de clés de cet ordinateur</translation>
    </message>
    <message>
        <source>Problem with the server password</source>
        <translation>Problème avec le mot de passe du serveur</translation>
    </message>
    <message>
        <source>Server password kept</source>
        <translation>Mot de passe du serveur gardé</translation>
    </message>
    <message>
        <source>This agency&apos;s database is on the server %1. Keep the server&apos;s password in this computer&apos;s keyring, so pswdesk can start with an address that holds no password and no file on this computer holds it.</source>
        <translation>La base de données de cet organisme est sur le serveur %1. Gardez le mot de passe du serveur dans le trousseau de cet ordinateur, pour que pswdesk puisse démarrer avec une adresse sans mot de passe et qu’aucun fichier de cet ordinateur ne le contienne.</translation>
    </message>
    <message>
        <source>Type the server&apos;s password first.</source>
        <translation>Tapez d’abord le mot de passe du serveur.</translation>
    </message>
    <message>
        <source>The server accepted the password; it is kept in this computer&apos;s keyring.</source>
        <translation>Le serveur a accepté le mot de passe; il est gardé dans le trousseau de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>not a database URL: {exc}</source>
        <translation>ce n’est pas une URL de base de données&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>cannot use this database URL: {exc}</source>
        <translation>impossible d’utiliser cette URL de base de données&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>database error: {exc}</source>
        <translation>erreur de base de données&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>folder {parent} does not exist</source>
        <translation>le dossier {parent} n’existe pas</translation>
    </message>
    <message>
        <source>the database file {path} is empty: it may have been damaged; restore a backup, or move the file away to set up a new agency</source>
        <translation>le fichier de base de données {path} est vide&#xa0;: il a peut-être été endommagé; restaurez une sauvegarde, ou déplacez le fichier pour configurer un nouvel organisme</translation>
    </message>
    <message>
        <source>the database file {path} is damaged: restore a backup</source>
        <translation>le fichier de base de données {path} est endommagé&#xa0;: restaurez une sauvegarde</translation>
    </message>
    <message>
        <source>{where} does not exist</source>
        <translation>{where} n’existe pas</translation>
    </message>
    <message>
        <source>the database file {path} no longer opens with the key this computer keeps for it: the file may be damaged (restore the newest good backup), or its key was changed on another computer</source>
        <translation>le fichier de base de données {path} ne s’ouvre plus avec la clé que cet ordinateur garde pour lui&#xa0;: le fichier est peut-être endommagé (restaurez la plus récente sauvegarde valide), ou sa clé a été changée sur un autre ordinateur</translation>
    </message>
    <message>
        <source>the key in {env_key} does not open this database</source>
        <translation>la clé dans {env_key} n’ouvre pas cette base de données</translation>
    </message>
    <message>
        <source>the database file {path} cannot be read ({exc})</source>
        <translation>le fichier de base de données {path} ne peut pas être lu ({exc})</translation>
    </message>
    <message>
        <source>the database file {path} is damaged ({exc}): restore the newest good backup; the damaged file is kept</source>
        <translation>le fichier de base de données {path} est endommagé ({exc})&#xa0;: restaurez la plus récente sauvegarde valide; le fichier endommagé est conservé</translation>
    </message>
    <message>
        <source>cannot open the database: {exc}</source>
        <translation>impossible d’ouvrir la base de données&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>this database was made by a newer pswdesk (schema {current}); update pswdesk before opening it</source>
        <translation>cette base de données a été créée par une version plus récente de pswdesk (schéma {current}); mettez pswdesk à jour avant de l’ouvrir</translation>
    </message>
    <message>
        <source>this database was not made by pswdesk; refusing to change it</source>
        <translation>cette base de données n’a pas été créée par pswdesk; elle ne sera pas modifiée</translation>
    </message>
    <message>
        <source>this database is read-only: {why}; ask the administrator for write access</source>
        <translation>cette base de données est en lecture seule&#xa0;: {why}; demandez l’accès en écriture à l’administrateur·rice</translation>
    </message>
    <message>
        <source>this login may not create tables in this database: set up the agency with the database owner&apos;s login, then give this one its rights with &apos;pswdesk db grant&apos;</source>
        <translation>cette connexion ne peut pas créer de tables dans cette base de données&#xa0;: configurez l’organisme avec la connexion du propriétaire de la base, puis donnez ses droits à celle-ci avec « pswdesk db grant »</translation>
    </message>
    <message>
        <source>this database must be upgraded for this version of pswdesk (schema {current} to {head}), and only its owner ({owner}) may change its tables: ask the administrator to run &apos;pswdesk db upgrade&apos; with the owner&apos;s login</source>
        <translation>cette base de données doit être mise à niveau pour cette version de pswdesk (schéma {current} à {head}), et seul son propriétaire ({owner}) peut modifier ses tables&#xa0;: demandez à l’administrateur·rice d’exécuter « pswdesk db upgrade » avec la connexion du propriétaire</translation>
    </message>
    <message>
        <source>this database is read-only: you may not change the file {path}; ask the administrator for write access, or open a copy</source>
        <translation>cette base de données est en lecture seule&#xa0;: vous ne pouvez pas modifier le fichier {path}; demandez l’accès en écriture à l’administrateur·rice, ou ouvrez une copie</translation>
    </message>
    <message>
        <source>this database is read-only: you may not create files in its folder {folder} (SQLite keeps its journal there); ask the administrator for write access</source>
        <translation>cette base de données est en lecture seule&#xa0;: vous ne pouvez pas créer de fichiers dans son dossier {folder} (SQLite y garde son journal); demandez l’accès en écriture à l’administrateur·rice</translation>
    </message>
    <message>
        <source>this database is read-only: you may not change {extra}; ask the administrator for write access</source>
        <translation>cette base de données est en lecture seule&#xa0;: vous ne pouvez pas modifier {extra}; demandez l’accès en écriture à l’administrateur·rice</translation>
    </message>
    <message>
        <source>not saved yet; try again in a moment</source>
        <translation>pas encore enregistré; réessayez dans un instant</translation>
    </message>
    <message>
        <source>try again in a moment</source>
        <translation>réessayez dans un instant</translation>
    </message>
    <message>
        <source>this database is read-only: nothing can be saved to it</source>
        <translation>cette base de données est en lecture seule&#xa0;: rien ne peut y être enregistré</translation>
    </message>
    <message>
        <source>the database is busy with another change: {not_yet}</source>
        <translation>la base de données est occupée par un autre changement&#xa0;: {not_yet}</translation>
    </message>
    <message>
        <source>the connection to the database was lost: {not_yet}</source>
        <translation>la connexion à la base de données a été perdue&#xa0;: {not_yet}</translation>
    </message>
    <message>
        <source>clients must be between 1 and {max_clients}</source>
        <translation>le nombre de client·es doit être entre 1 et {max_clients}</translation>
    </message>
    <message>
        <source>notes per client must be between 0 and {max_notes_per_client}</source>
        <translation>le nombre de notes par client·e doit être entre 0 et {max_notes_per_client}</translation>
    </message>
    <message>
        <source>this database already has clients; demo data goes only into a new database</source>
        <translation>cette base de données a déjà des client·es; les données de démonstration ne vont que dans une nouvelle base</translation>
    </message>
    <message>
        <source>this database already has the demo staff accounts</source>
        <translation>cette base de données a déjà les comptes du personnel de démonstration</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>ligne {line}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <source>{source}: 1 problem, nothing was imported</source>
        <translation>{source}&#xa0;: 1 problème, rien n’a été importé</translation>
    </message>
    <message>
        <source>{source}: {n} problems, nothing was imported</source>
        <translation>{source}&#xa0;: {n} problèmes, rien n’a été importé</translation>
    </message>
    <message>
        <source>{head}: {lines}</source>
        <translation>{head}&#xa0;: {lines}</translation>
    </message>
    <message>
        <source>this database is encrypted and no key for it was found on this computer ({keyring_problem}): type the recovery key, or set PSWDESK_DB_KEY</source>
        <translation>cette base de données est chiffrée et aucune clé pour elle n’a été trouvée sur cet ordinateur ({keyring_problem})&#xa0;: tapez la clé de récupération, ou définissez PSWDESK_DB_KEY</translation>
    </message>
    <message>
        <source>this database is encrypted and no key for it was found on this computer: type the recovery key, or set PSWDESK_DB_KEY</source>
        <translation>cette base de données est chiffrée et aucune clé pour elle n’a été trouvée sur cet ordinateur&#xa0;: tapez la clé de récupération, ou définissez PSWDESK_DB_KEY</translation>
    </message>
    <message>
        <source>this key does not open the database</source>
        <translation>cette clé n’ouvre pas la base de données</translation>
    </message>
    <message>
        <source>an agency secret is 32 bytes</source>
        <translation>un secret d’organisme fait 32 octets</translation>
    </message>
    <message>
        <source>a recovery key has {expected} letters and digits in groups of {group}; this has {count}</source>
        <translation>une clé de récupération a {expected} lettres et chiffres en groupes de {group}; celle-ci en a {count}</translation>
    </message>
    <message>
        <source>this is not a recovery key: check each character</source>
        <translation>ce n’est pas une clé de récupération&#xa0;: vérifiez chaque caractère</translation>
    </message>
    <message>
        <source>this recovery key has a typing mistake: check each group</source>
        <translation>cette clé de récupération contient une faute de frappe&#xa0;: vérifiez chaque groupe</translation>
    </message>
    <message>
        <source>{env_key} is set but is not a usable key: {exc}</source>
        <translation>{env_key} est défini, mais n’est pas une clé utilisable&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>the keyring library is not installed</source>
        <translation>la bibliothèque du trousseau de clés n’est pas installée</translation>
    </message>
    <message>
        <source>this computer has no keyring (password store) that pswdesk can use</source>
        <translation>cet ordinateur n’a pas de trousseau de clés (magasin de mots de passe) que pswdesk peut utiliser</translation>
    </message>
    <message>
        <source>the keyring is locked: unlock it and try again</source>
        <translation>le trousseau de clés est verrouillé&#xa0;: déverrouillez-le et réessayez</translation>
    </message>
    <message>
        <source>the keyring could not be started</source>
        <translation>le trousseau de clés n’a pas pu être démarré</translation>
    </message>
    <message>
        <source>the keyring refused: {reason}</source>
        <translation>le trousseau de clés a refusé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the keyring did not answer ({kind})</source>
        <translation>le trousseau de clés n’a pas répondu ({kind})</translation>
    </message>
    <message>
        <source>safety plan version {version_no} is kept as it was; save a new version instead</source>
        <translation>la version {version_no} du plan de sécurité est conservée telle quelle; enregistrez plutôt une nouvelle version</translation>
    </message>
    <message>
        <source>pswdesk is installed without its resource file {relative!r}; reinstall pswdesk</source>
        <translation>pswdesk est installé sans son fichier de ressources {relative!r}; réinstallez pswdesk</translation>
    </message>
    <message>
        <source>the role {audit_writer} can log in, so it cannot be trusted with the audit log: ALTER ROLE {audit_writer} NOLOGIN</source>
        <translation>le rôle {audit_writer} peut se connecter, on ne peut donc pas lui confier le journal d’audit&#xa0;: ALTER ROLE {audit_writer} NOLOGIN</translation>
    </message>
    <message>
        <source>this account is no longer active</source>
        <translation>ce compte n’est plus actif</translation>
    </message>
    <message>
        <source>only a {wanted} can do this</source>
        <translation>seul·e un·e {wanted} peut faire ceci</translation>
    </message>
    <message>
        <source>the agency has not been set up yet; run &apos;pswdesk init&apos;</source>
        <translation>l’organisme n’a pas encore été configuré; exécutez « pswdesk init »</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>intervenant·e</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>superviseur·e</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur·rice</translation>
    </message>
    <message>
        <source>brief contact</source>
        <translation>bref contact</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client·e</translation>
    </message>
    <message>
        <source>debrief request</source>
        <translation>demande de débreffage</translation>
    </message>
    <message>
        <source>emergency disclosure</source>
        <translation>divulgation d’urgence</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>suivi</translation>
    </message>
    <message>
        <source>handover</source>
        <translation>transfert</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>supervision session</source>
        <translation>séance de supervision</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur·rice</translation>
    </message>
    <message>
        <source>no {kind} {record_id}</source>
        <translation>{kind} {record_id} introuvable</translation>
    </message>
    <message>
        <source>{preferred_name}&apos;s file was merged into client {merged_into_id}; make changes there</source>
        <translation>le dossier de {preferred_name} a été fusionné avec celui du ou de la client·e {merged_into_id}; faites-y les changements</translation>
    </message>
    <message>
        <source>{preferred_name}&apos;s file is closed; reopen it to make changes</source>
        <translation>le dossier de {preferred_name} est fermé; rouvrez-le pour faire des changements</translation>
    </message>
    <message>
        <source>no user {username!r}</source>
        <translation>aucun·e utilisateur·rice {username!r}</translation>
    </message>
    <message>
        <source>no active user {user_id}</source>
        <translation>aucun·e utilisateur·rice actif·ve {user_id}</translation>
    </message>
    <message>
        <source>{worker} does not have the worker role</source>
        <translation>{worker} n’a pas le rôle d’intervenant·e</translation>
    </message>
    <message>
        <source>only the worker&apos;s supervisor can assign clients to them</source>
        <translation>seul·e la ou le superviseur·e de l’intervenant·e peut lui assigner des client·es</translation>
    </message>
    <message>
        <source>choose a different worker to move the clients to</source>
        <translation>choisissez un·e autre intervenant·e à qui transférer les client·es</translation>
    </message>
    <message>
        <source>no user {from_worker_id}</source>
        <translation>aucun·e utilisateur·rice {from_worker_id}</translation>
    </message>
    <message>
        <source>only the supervisor of both workers can move a caseload</source>
        <translation>seul·e la ou le superviseur·e des deux intervenant·es peut déplacer une charge de cas</translation>
    </message>
    <message>
        <source>not on {source}&apos;s caseload: client {listed}</source>
        <translation>pas dans la charge de cas de {source}&#xa0;: client·e {listed}</translation>
    </message>
    <message>
        <source>choose at least one worker to transfer the client to</source>
        <translation>choisissez au moins un·e intervenant·e à qui transférer le ou la client·e</translation>
    </message>
    <message>
        <source>only a supervisor of the client&apos;s team can transfer them</source>
        <translation>seul·e un·e superviseur·e de l’équipe du ou de la client·e peut le ou la transférer</translation>
    </message>
    <message>
        <source>the client is already carried by these workers</source>
        <translation>le ou la client·e est déjà suivi·e par ces intervenant·es</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>impossible d’écrire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>nom d’utilisateur ou mot de passe incorrect</translation>
    </message>
    <message>
        <source>that is not your current password</source>
        <translation>ce n’est pas votre mot de passe actuel</translation>
    </message>
    <message>
        <source>this account is locked after repeated failed logins; try again in 15 minutes or ask an administrator</source>
        <translation>ce compte est verrouillé après des connexions échouées répétées; réessayez dans 15 minutes ou demandez à un·e administrateur·rice</translation>
    </message>
    <message>
        <source>a password needs at least {min_password} characters</source>
        <translation>un mot de passe doit avoir au moins {min_password} caractères</translation>
    </message>
    <message>
        <source>a password needs more than spaces</source>
        <translation>un mot de passe doit contenir autre chose que des espaces</translation>
    </message>
    <message>
        <source>a password has at most {max_password:,} characters</source>
        <translation>un mot de passe a au plus {max_password} caractères</translation>
    </message>
    <message>
        <source>choose a password different from the current one</source>
        <translation>choisissez un mot de passe différent de l’actuel</translation>
    </message>
    <message>
        <source>keep between {low} and {high} backups</source>
        <translation>gardez entre {low} et {high} sauvegardes</translation>
    </message>
    <message>
        <source>choose a folder for the backups</source>
        <translation>choisissez un dossier pour les sauvegardes</translation>
    </message>
    <message>
        <source>give the folder&apos;s full path</source>
        <translation>donnez le chemin complet du dossier</translation>
    </message>
    <message>
        <source>{path} is not a folder that exists</source>
        <translation>{path} n’est pas un dossier existant</translation>
    </message>
    <message>
        <source>the backup could not be written to {parent}: the folder does not exist</source>
        <translation>la sauvegarde n’a pas pu être écrite dans {parent}&#xa0;: le dossier n’existe pas</translation>
    </message>
    <message>
        <source>{target} already exists: choose a new file name</source>
        <translation>{target} existe déjà&#xa0;: choisissez un nouveau nom de fichier</translation>
    </message>
    <message>
        <source>the backup was written but failed its check, so it was removed: {problems}</source>
        <translation>la sauvegarde a été écrite, mais n’a pas passé sa vérification; elle a donc été supprimée&#xa0;: {problems}</translation>
    </message>
    <message>
        <source>the copy is not of this agency</source>
        <translation>la copie n’est pas de cet organisme</translation>
    </message>
    <message>
        <source>the copy cannot be read ({exc})</source>
        <translation>la copie ne peut pas être lue ({exc})</translation>
    </message>
    <message>
        <source>only the worker who logged a brief contact can correct it</source>
        <translation>seul·e l’intervenant·e qui a inscrit un bref contact peut le corriger</translation>
    </message>
    <message>
        <source>this brief contact became note {became_note_id}; change the note instead</source>
        <translation>ce bref contact est devenu la note {became_note_id}; modifiez plutôt la note</translation>
    </message>
    <message>
        <source>a brief contact can be corrected only on the day it was logged; log a new brief contact that says what was wrong</source>
        <translation>un bref contact ne peut être corrigé que le jour où il a été inscrit; inscrivez un nouveau bref contact qui dit ce qui était erroné</translation>
    </message>
    <message>
        <source>this brief contact was changed after you opened it (in another window?); reload it and try again</source>
        <translation>ce bref contact a été modifié après que vous l’avez ouvert (dans une autre fenêtre?); rechargez-le et réessayez</translation>
    </message>
    <message>
        <source>the risk level is none, low, moderate, high or imminent</source>
        <translation>le niveau de risque est aucun, faible, modéré, élevé ou imminent</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>la période se termine avant de commencer</translation>
    </message>
    <message>
        <source>no care-team member {member_id}</source>
        <translation>aucun membre de l’équipe de soins {member_id}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>{name} is already {state}</source>
        <translation>{name} est déjà {state}</translation>
    </message>
    <message>
        <source>the checkpoint could not be written to {path}: {strerror}</source>
        <translation>le point de contrôle n’a pas pu être écrit dans {path}&#xa0;: {strerror}</translation>
    </message>
    <message>
        <source>this computer does not hold the agency key, so it cannot sign a checkpoint: set PSWDESK_DB_KEY to the recovery key</source>
        <translation>cet ordinateur ne détient pas la clé de l’organisme; il ne peut donc pas signer un point de contrôle&#xa0;: donnez à PSWDESK_DB_KEY la valeur de la clé de récupération</translation>
    </message>
    <message>
        <source>the checkpoint folder {folder} cannot be made: {strerror}</source>
        <translation>le dossier des points de contrôle {folder} ne peut pas être créé&#xa0;: {strerror}</translation>
    </message>
    <message>
        <source>checkpoint {path} cannot be read ({exc})</source>
        <translation>le point de contrôle {path} ne peut pas être lu ({exc})</translation>
    </message>
    <message>
        <source>{path} is not a pswdesk checkpoint</source>
        <translation>{path} n’est pas un point de contrôle pswdesk</translation>
    </message>
    <message>
        <source>checkpoint {path} has version {version!r}</source>
        <translation>le point de contrôle {path} est de version {version!r}</translation>
    </message>
    <message>
        <source>checkpoint {path} is incomplete ({exc})</source>
        <translation>le point de contrôle {path} est incomplet ({exc})</translation>
    </message>
    <message>
        <source>checkpoint {path} is of another agency</source>
        <translation>le point de contrôle {path} est d’un autre organisme</translation>
    </message>
    <message>
        <source>checkpoint {path}: not checked, this computer does not hold the agency key</source>
        <translation>point de contrôle {path}&#xa0;: non vérifié, cet ordinateur ne détient pas la clé de l’organisme</translation>
    </message>
    <message>
        <source>checkpoint {path} is not signed by this agency&apos;s key: forged or altered</source>
        <translation>le point de contrôle {path} n’est pas signé par la clé de cet organisme&#xa0;: contrefait ou modifié</translation>
    </message>
    <message>
        <source>the audit log holds {upto} entries up to entry {last_entry_id}, but checkpoint {name} of {when} counted {entries}: entries were removed or inserted</source>
        <translation>le journal d’audit contient {upto} entrées jusqu’à l’entrée {last_entry_id}, mais le point de contrôle {name} du {when} en comptait {entries}&#xa0;: des entrées ont été supprimées ou insérées</translation>
    </message>
    <message>
        <source>audit entry {last_entry_id} differs from checkpoint {name} of {when}: the log was rewritten up to it</source>
        <translation>l’entrée d’audit {last_entry_id} diffère du point de contrôle {name} du {when}&#xa0;: le journal a été réécrit jusqu’à elle</translation>
    </message>
    <message>
        <source>preferred name</source>
        <translation>nom choisi</translation>
    </message>
    <message>
        <source>legal name</source>
        <translation>nom légal</translation>
    </message>
    <message>
        <source>pronouns</source>
        <translation>pronoms</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>adresse courriel</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>emergency contact</source>
        <translation>contact d’urgence</translation>
    </message>
    <message>
        <source>preferred language</source>
        <translation>langue préférée</translation>
    </message>
    <message>
        <source>referral source</source>
        <translation>source de référence</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>the {name} contains a NUL character (\0), which cannot be stored</source>
        <translation>le champ « {name} » contient un caractère NUL (\0), qui ne peut pas être enregistré</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>un saut de ligne</translation>
    </message>
    <message>
        <source>a control character (U+{ch:04X})</source>
        <translation>un caractère de contrôle (U+{ch:04X})</translation>
    </message>
    <message>
        <source>the {name} contains {what}; remove it</source>
        <translation>le champ « {name} » contient {what}; retirez-le</translation>
    </message>
    <message>
        <source>the {name} contains a character that cannot be stored (U+{ch:04X})</source>
        <translation>le champ « {name} » contient un caractère qui ne peut pas être enregistré (U+{ch:04X})</translation>
    </message>
    <message>
        <source>the {name} is at most {limit:,} characters (this one has {count:,})</source>
        <translation>le champ « {name} » a au plus {limit} caractères (celui-ci en a {count})</translation>
    </message>
    <message>
        <source>the {field} must be text</source>
        <translation>le champ « {field} » doit être du texte</translation>
    </message>
    <message>
        <source>the client needs a name they want to be called</source>
        <translation>le ou la client·e a besoin d’un nom par lequel être appelé·e</translation>
    </message>
    <message>
        <source>the date of birth must be a date (YYYY-MM-DD)</source>
        <translation>la date de naissance doit être une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>the date of birth is in the future</source>
        <translation>la date de naissance est dans le futur</translation>
    </message>
    <message>
        <source>the date of birth is before {year}</source>
        <translation>la date de naissance est avant {year}</translation>
    </message>
    <message>
        <source>this does not look like an email address</source>
        <translation>ceci ne ressemble pas à une adresse courriel</translation>
    </message>
    <message>
        <source>the database did not answer in time: you are not logged in yet; try again</source>
        <translation>la base de données n’a pas répondu à temps : la connexion n’est pas encore faite; réessayez</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>the phone number has no digits</source>
        <translation>le numéro de téléphone n’a aucun chiffre</translation>
    </message>
    <message>
        <source>{field} is yes or no</source>
        <translation>{field} est oui ou non</translation>
    </message>
    <message>
        <source>unknown client field(s): {unknown}</source>
        <translation>champ(s) de client·e inconnu(s)&#xa0;: {unknown}</translation>
    </message>
    <message>
        <source>give a client id or name</source>
        <translation>donnez un numéro ou un nom de client·e</translation>
    </message>
    <message>
        <source>no client {text}</source>
        <translation>aucun·e client·e {text}</translation>
    </message>
    <message>
        <source>no client called {reference!r} among the clients you can see</source>
        <translation>aucun·e client·e appelé·e {reference!r} parmi les client·es que vous pouvez voir</translation>
    </message>
    <message>
        <source>{count} clients are called {reference!r} (ids {listed}); give the id</source>
        <translation>{count} client·es s’appellent {reference!r} (numéros {listed}); donnez le numéro</translation>
    </message>
    <message>
        <source>only the worker&apos;s supervisor can change their caseload</source>
        <translation>seul·e la ou le superviseur·e de l’intervenant·e peut modifier sa charge de cas</translation>
    </message>
    <message>
        <source>that worker is not assigned to this client</source>
        <translation>cet·te intervenant·e n’est pas assigné·e à ce ou cette client·e</translation>
    </message>
    <message>
        <source>a client is either active or closed</source>
        <translation>un dossier client est soit actif, soit fermé</translation>
    </message>
    <message>
        <source>scope is one of {scopes}</source>
        <translation>la portée est l’une de {scopes}</translation>
    </message>
    <message>
        <source>only supervisors see a team caseload</source>
        <translation>seul·es les superviseur·es voient la charge de cas d’une équipe</translation>
    </message>
    <message>
        <source>sort is one of {sorts}</source>
        <translation>le tri est l’un de {sorts}</translation>
    </message>
    <message>
        <source>{preferred_name!r} may be the same person as line {line} ({why})</source>
        <translation>{preferred_name!r} est peut-être la même personne qu’à la ligne {line} ({why})</translation>
    </message>
    <message>
        <source>{preferred_name!r}: {message}</source>
        <translation>{preferred_name!r}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>the file is over {max_bytes:,} bytes</source>
        <translation>le fichier dépasse {max_bytes} octets</translation>
    </message>
    <message>
        <source>unknown column {listed}; the columns are {columns}</source>
        <translation>colonne inconnue {listed}; les colonnes sont {columns}</translation>
    </message>
    <message>
        <source>column {repeated} appears twice</source>
        <translation>la colonne {repeated} apparaît deux fois</translation>
    </message>
    <message>
        <source>the header needs the column {missing}</source>
        <translation>l’en-tête doit avoir la colonne {missing}</translation>
    </message>
    <message>
        <source>date_of_birth {value!r} is not a date (use YYYY-MM-DD)</source>
        <translation>date_of_birth {value!r} n’est pas une date (utilisez AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>the worker column holds a user name</source>
        <translation>la colonne worker contient un nom d’utilisateur</translation>
    </message>
    <message>
        <source>more than {max_rows:,} clients in one file</source>
        <translation>plus de {max_rows} client·es dans un seul fichier</translation>
    </message>
    <message>
        <source>{cells} cells for {columns} columns</source>
        <translation>{cells} cellules pour {columns} colonnes</translation>
    </message>
    <message>
        <source>the file cannot be read as CSV here ({exc})</source>
        <translation>le fichier ne peut pas être lu comme CSV à cet endroit ({exc})</translation>
    </message>
    <message>
        <source>the file is empty; its header is {columns}</source>
        <translation>le fichier est vide; son en-tête est {columns}</translation>
    </message>
    <message>
        <source>the file has a header but no clients</source>
        <translation>le fichier a un en-tête, mais aucun·e client·e</translation>
    </message>
    <message>
        <source>no user {worker!r}</source>
        <translation>aucun·e utilisateur·rice {worker!r}</translation>
    </message>
    <message>
        <source>the agency&apos;s settings let only supervisors close and reopen files</source>
        <translation>les paramètres de l’organisme ne permettent qu’aux superviseur·es de fermer et de rouvrir les dossiers</translation>
    </message>
    <message>
        <source>1 open follow-up</source>
        <translation>1 suivi ouvert</translation>
    </message>
    <message>
        <source>{n} open follow-ups</source>
        <translation>{n} suivis ouverts</translation>
    </message>
    <message>
        <source>1 unsubmitted note of yours</source>
        <translation>1 de vos notes non soumise</translation>
    </message>
    <message>
        <source>{n} unsubmitted notes of yours</source>
        <translation>{n} de vos notes non soumises</translation>
    </message>
    <message>
        <source>1 note waiting for review</source>
        <translation>1 note en attente de révision</translation>
    </message>
    <message>
        <source>{n} notes waiting for review</source>
        <translation>{n} notes en attente de révision</translation>
    </message>
    <message>
        <source>nothing stands in the way of closing this file</source>
        <translation>rien n’empêche de fermer ce dossier</translation>
    </message>
    <message>
        <source>first resolve {blockers} (complete, submit or delete them)</source>
        <translation>réglez d’abord {blockers} (complétez, soumettez ou supprimez-les)</translation>
    </message>
    <message>
        <source>first resolve {blockers} (complete, submit or delete it)</source>
        <translation>réglez d’abord {blockers} (complétez, soumettez ou supprimez l’élément)</translation>
    </message>
    <message>
        <source>a file is marked merged only by merging it</source>
        <translation>un dossier n’est marqué fusionné qu’en le fusionnant</translation>
    </message>
    <message>
        <source>choose why the file closes: one of {listed}</source>
        <translation>choisissez pourquoi le dossier ferme&#xa0;: l’une des raisons {listed}</translation>
    </message>
    <message>
        <source>reason text</source>
        <translation>texte de la raison</translation>
    </message>
    <message>
        <source>say in a few words why the file closes</source>
        <translation>dites en quelques mots pourquoi le dossier ferme</translation>
    </message>
    <message>
        <source>the closing date is in the future</source>
        <translation>la date de fermeture est dans le futur</translation>
    </message>
    <message>
        <source>the last contact was on {last}; close on or after it</source>
        <translation>le dernier contact a eu lieu le {last}; fermez à cette date ou après</translation>
    </message>
    <message>
        <source>say why the file is reopened</source>
        <translation>dites pourquoi le dossier est rouvert</translation>
    </message>
    <message>
        <source>{preferred_name}&apos;s file is already open</source>
        <translation>le dossier de {preferred_name} est déjà ouvert</translation>
    </message>
    <message>
        <source>this record was merged into client {merged_into_id}; open that one</source>
        <translation>ce dossier a été fusionné avec celui du ou de la client·e {merged_into_id}; ouvrez celui-là</translation>
    </message>
    <message>
        <source>no contact for between {min_no_contact_days} and {max_no_contact_days} days</source>
        <translation>aucun contact depuis entre {min_no_contact_days} et {max_no_contact_days} jours</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>destinataire</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>but</translation>
    </message>
    <message>
        <source>tick at least one kind of information</source>
        <translation>cochez au moins un type de renseignements</translation>
    </message>
    <message>
        <source>unknown kinds of information: {unknown}</source>
        <translation>types de renseignements inconnus&#xa0;: {unknown}</translation>
    </message>
    <message>
        <source>say how consent was given</source>
        <translation>dites comment le consentement a été donné</translation>
    </message>
    <message>
        <source>the date given cannot be in the future</source>
        <translation>la date du consentement ne peut pas être dans le futur</translation>
    </message>
    <message>
        <source>the expiry date must be after the date given</source>
        <translation>la date d’expiration doit être après la date du consentement</translation>
    </message>
    <message>
        <source>choose someone on this client&apos;s care team</source>
        <translation>choisissez une personne de l’équipe de soins de ce ou cette client·e</translation>
    </message>
    <message>
        <source>{member} is no longer on the care team</source>
        <translation>{member} ne fait plus partie de l’équipe de soins</translation>
    </message>
    <message>
        <source>no consent {consent_id}</source>
        <translation>aucun consentement {consent_id}</translation>
    </message>
    <message>
        <source>the date of revocation cannot be in the future</source>
        <translation>la date de révocation ne peut pas être dans le futur</translation>
    </message>
    <message>
        <source>the consent was only given on {given_on:%d %b %Y}</source>
        <translation>le consentement n’a été donné que le {given_on:%d %b %Y}</translation>
    </message>
    <message>
        <source>a client with these details may already be registered — ask your supervisor</source>
        <translation>un·e client·e avec ces renseignements est peut-être déjà inscrit·e — demandez à votre superviseur·e</translation>
    </message>
    <message>
        <source>this may be a client already registered: {listed}</source>
        <translation>il s’agit peut-être d’un·e client·e déjà inscrit·e&#xa0;: {listed}</translation>
    </message>
    <message>
        <source>no likely duplicates</source>
        <translation>aucun doublon probable</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} n’est pas un dossier</translation>
    </message>
    <message>
        <source>cannot write the export in {folder}: {reason}</source>
        <translation>impossible d’écrire l’exportation dans {folder}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the database refused them</source>
        <translation>la base de données les a refusés</translation>
    </message>
    <message>
        <source>the records in {export} do not fit together ({reason}); nothing was imported</source>
        <translation>les dossiers de {export} ne concordent pas ({reason}); rien n’a été importé</translation>
    </message>
    <message>
        <source>records are imported only into a new agency: run &apos;pswdesk init&apos; on a new database</source>
        <translation>les dossiers ne s’importent que dans un nouvel organisme&#xa0;: exécutez « pswdesk init » sur une nouvelle base de données</translation>
    </message>
    <message>
        <source>this agency already has records ({held}); {how}</source>
        <translation>cet organisme a déjà des dossiers ({held}); {how}</translation>
    </message>
    <message>
        <source>this agency already has other staff accounts ({names}); {how}</source>
        <translation>cet organisme a déjà d’autres comptes du personnel ({names}); {how}</translation>
    </message>
    <message>
        <source>{export} has no administrator account to import as</source>
        <translation>{export} n’a aucun compte administrateur sous lequel importer</translation>
    </message>
    <message>
        <source>{reason}; create the new agency with administrator user name {hint} (pswdesk init --admin {hint}) and import as {hint}</source>
        <translation>{reason}; créez le nouvel organisme avec le nom d’utilisateur administrateur {hint} (pswdesk init --admin {hint}) et importez en tant que {hint}</translation>
    </message>
    <message>
        <source>{export} must hold one agency&apos;s settings, not {count}</source>
        <translation>{export} doit contenir les paramètres d’un seul organisme, pas de {count}</translation>
    </message>
    <message>
        <source>{name} is empty, but it is required</source>
        <translation>{name} est vide, mais est obligatoire</translation>
    </message>
    <message>
        <source>{name} must be true or false</source>
        <translation>{name} doit être vrai ou faux</translation>
    </message>
    <message>
        <source>{name} must be a whole number</source>
        <translation>{name} doit être un nombre entier</translation>
    </message>
    <message>
        <source>{name} has a type this pswdesk cannot read</source>
        <translation>{name} est d’un type que ce pswdesk ne peut pas lire</translation>
    </message>
    <message>
        <source>{name} must be an ISO 8601 date and time</source>
        <translation>{name} doit être une date et une heure ISO 8601</translation>
    </message>
    <message>
        <source>{name} must be a date (YYYY-MM-DD)</source>
        <translation>{name} doit être une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>{name} must be text</source>
        <translation>{name} doit être du texte</translation>
    </message>
    <message>
        <source>{name} holds a NUL character</source>
        <translation>{name} contient un caractère NUL</translation>
    </message>
    <message>
        <source>{name} is longer than {length} characters</source>
        <translation>{name} dépasse {length} caractères</translation>
    </message>
    <message>
        <source>only a supervisor can see the team&apos;s follow-ups</source>
        <translation>seul·e un·e superviseur·e peut voir les suivis de l’équipe</translation>
    </message>
    <message>
        <source>the description contains a NUL character (\0)</source>
        <translation>la description contient un caractère NUL (\0)</translation>
    </message>
    <message>
        <source>say what the follow-up is for</source>
        <translation>dites à quoi sert le suivi</translation>
    </message>
    <message>
        <source>keep the description under {max_description:,} characters</source>
        <translation>gardez la description sous {max_description} caractères</translation>
    </message>
    <message>
        <source>the comment contains a NUL character (\0)</source>
        <translation>le commentaire contient un caractère NUL (\0)</translation>
    </message>
    <message>
        <source>keep the comment under {max_outcome_note} characters</source>
        <translation>gardez le commentaire sous {max_outcome_note} caractères</translation>
    </message>
    <message>
        <source>{owner} already has a follow-up for this client due {day} {due_date:%b %Y}; change that one instead</source>
        <translation>{owner} a déjà un suivi pour ce ou cette client·e prévu le {day} {due_date:%b %Y}; modifiez plutôt celui-là</translation>
    </message>
    <message>
        <source>choose someone in your team</source>
        <translation>choisissez une personne de votre équipe</translation>
    </message>
    <message>
        <source>{owner} cannot own follow-ups</source>
        <translation>{owner} ne peut pas être responsable de suivis</translation>
    </message>
    <message>
        <source>{owner} is not assigned to this client; assign them first</source>
        <translation>{owner} n’est pas assigné·e à ce ou cette client·e; assignez-le ou la d’abord</translation>
    </message>
    <message>
        <source>the due date has already passed; pick today or later</source>
        <translation>la date prévue est déjà passée; choisissez aujourd’hui ou plus tard</translation>
    </message>
    <message>
        <source>only the follow-up&apos;s owner or their supervisor can {verb} it</source>
        <translation>seul·e la personne responsable du suivi ou sa ou son superviseur·e peut {verb} ce suivi</translation>
    </message>
    <message>
        <source>this follow-up is already done</source>
        <translation>ce suivi est déjà fait</translation>
    </message>
    <message>
        <source>to move the date, reschedule the follow-up</source>
        <translation>pour changer la date, reportez le suivi</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>marquer comme fait</translation>
    </message>
    <message>
        <source>the new date has already passed; pick today or later</source>
        <translation>la nouvelle date est déjà passée; choisissez aujourd’hui ou plus tard</translation>
    </message>
    <message>
        <source>reschedule</source>
        <translation>reporter</translation>
    </message>
    <message>
        <source>pick a date other than the one it is due</source>
        <translation>choisissez une autre date que celle prévue</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>annuler</translation>
    </message>
    <message>
        <source>this follow-up is open; there is nothing to undo</source>
        <translation>ce suivi est ouvert; il n’y a rien à annuler</translation>
    </message>
    <message>
        <source>only the person who closed the follow-up can undo it</source>
        <translation>seule la personne qui a fermé le suivi peut l’annuler</translation>
    </message>
    <message>
        <source>it is more than {minutes} minutes since; it cannot be undone</source>
        <translation>plus de {minutes} minutes se sont écoulées; ce n’est plus annulable</translation>
    </message>
    <message>
        <source>the rescheduled follow-up has been changed since; it cannot be undone</source>
        <translation>le suivi reporté a été modifié depuis; ce n’est plus annulable</translation>
    </message>
    <message>
        <source>reassign</source>
        <translation>réassigner</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>reason it matters</source>
        <translation>raison pour laquelle c’est important</translation>
    </message>
    <message>
        <source>choose a status from the list</source>
        <translation>choisissez un statut dans la liste</translation>
    </message>
    <message>
        <source>no goal {goal_id}</source>
        <translation>aucun objectif {goal_id}</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>progrès</translation>
    </message>
    <message>
        <source>choose a status</source>
        <translation>choisissez un statut</translation>
    </message>
    <message>
        <source>a goal reviewed in this note no longer exists; return the note</source>
        <translation>un objectif revu dans cette note n’existe plus; retournez la note</translation>
    </message>
    <message>
        <source>a handover is released by {releases}</source>
        <translation>un transfert est remis par {releases}</translation>
    </message>
    <message>
        <source>keep the note under {max_note} characters</source>
        <translation>gardez la note sous {max_note} caractères</translation>
    </message>
    <message>
        <source>{done} already acknowledged this emergency disclosure</source>
        <translation>{done} a déjà pris connaissance de cette divulgation d’urgence</translation>
    </message>
    <message>
        <source>another supervisor acknowledged it a moment ago</source>
        <translation>un·e autre superviseur·e en a pris connaissance il y a un instant</translation>
    </message>
    <message>
        <source>the start date is after the end date</source>
        <translation>la date de début est après la date de fin</translation>
    </message>
    <message>
        <source>a handover is written in {known}</source>
        <translation>un transfert est rédigé en {known}</translation>
    </message>
    <message>
        <source>unknown section(s): {unknown}</source>
        <translation>section(s) inconnue(s)&#xa0;: {unknown}</translation>
    </message>
    <message>
        <source>the consent does not cover {sections}</source>
        <translation>le consentement ne couvre pas {sections}</translation>
    </message>
    <message>
        <source>choose at least one section to share</source>
        <translation>choisissez au moins une section à partager</translation>
    </message>
    <message>
        <source>keep the reason under {max_reason} characters</source>
        <translation>gardez la raison sous {max_reason} caractères</translation>
    </message>
    <message>
        <source>a recipient is at most {max_recipient} characters</source>
        <translation>un·e destinataire a au plus {max_recipient} caractères</translation>
    </message>
    <message>
        <source>say who receives this emergency disclosure</source>
        <translation>dites qui reçoit cette divulgation d’urgence</translation>
    </message>
    <message>
        <source>no active consent chosen: a handover needs the client&apos;s consent to share with the recipient, or an emergency disclosure with a reason</source>
        <translation>aucun consentement actif choisi&#xa0;: un transfert a besoin du consentement du ou de la client·e à partager avec la ou le destinataire, ou d’une divulgation d’urgence avec une raison</translation>
    </message>
    <message>
        <source>a handover under a consent goes to the recipient it names</source>
        <translation>un transfert fait sous un consentement va à la ou au destinataire qu’il nomme</translation>
    </message>
    <message>
        <source>only the client&apos;s own workers and their supervisor can share this client&apos;s information</source>
        <translation>seul·es les intervenant·es du ou de la client·e et leur superviseur·e peuvent partager ses renseignements</translation>
    </message>
    <message>
        <source>no consent {consent_id} for this client</source>
        <translation>aucun consentement {consent_id} pour ce ou cette client·e</translation>
    </message>
    <message>
        <source>was revoked on {on}</source>
        <translation>a été révoqué le {on}</translation>
    </message>
    <message>
        <source>expired on {on}</source>
        <translation>a expiré le {on}</translation>
    </message>
    <message>
        <source>only starts on {on}</source>
        <translation>ne commence que le {on}</translation>
    </message>
    <message>
        <source>is not in force</source>
        <translation>n’est pas en vigueur</translation>
    </message>
    <message>
        <source>no active consent to share with {recipient}: the client&apos;s consent {when}; record a new consent, or make an emergency disclosure with a reason</source>
        <translation>aucun consentement actif pour partager avec {recipient}&#xa0;: le consentement du ou de la client·e {when}; inscrivez un nouveau consentement, ou faites une divulgation d’urgence avec une raison</translation>
    </message>
    <message>
        <source>no active consent to share with {recipient}: the consent covers no section of a handover</source>
        <translation>aucun consentement actif pour partager avec {recipient}&#xa0;: le consentement ne couvre aucune section d’un transfert</translation>
    </message>
    <message>
        <source>no care-team member {member_id} for this client</source>
        <translation>aucun membre de l’équipe de soins {member_id} pour ce ou cette client·e</translation>
    </message>
    <message>
        <source>no consent on record to share with {name}: record the client&apos;s consent, or make an emergency disclosure with a reason</source>
        <translation>aucun consentement au dossier pour partager avec {name}&#xa0;: inscrivez le consentement du ou de la client·e, ou faites une divulgation d’urgence avec une raison</translation>
    </message>
    <message>
        <source>administrators have no access to clients; a supervisor or a worker registers them</source>
        <translation>les administrateur·rices n’ont pas accès aux client·es; un·e superviseur·e ou un·e intervenant·e les inscrit</translation>
    </message>
    <message>
        <source>the agency&apos;s settings let only supervisors register clients; ask your supervisor</source>
        <translation>les paramètres de l’organisme ne permettent qu’aux superviseur·es d’inscrire des client·es; demandez à votre superviseur·e</translation>
    </message>
    <message>
        <source>a worker registers clients for themselves; a supervisor assigns other workers</source>
        <translation>un·e intervenant·e inscrit des client·es pour elle-même ou lui-même; un·e superviseur·e assigne d’autres intervenant·es</translation>
    </message>
    <message>
        <source>choose at least one worker of your team to carry the client</source>
        <translation>choisissez au moins un·e intervenant·e de votre équipe pour suivre le ou la client·e</translation>
    </message>
    <message>
        <source>the database is open elsewhere (the app or another command): close pswdesk everywhere and try again; nothing was changed</source>
        <translation>la base de données est ouverte ailleurs (l’application ou une autre commande)&#xa0;: fermez pswdesk partout et réessayez; rien n’a été changé</translation>
    </message>
    <message>
        <source>a PostgreSQL database is protected by its server; it has no pswdesk key</source>
        <translation>une base de données PostgreSQL est protégée par son serveur; elle n’a pas de clé pswdesk</translation>
    </message>
    <message>
        <source>this database is not encrypted: &apos;pswdesk db encrypt&apos; encrypts it</source>
        <translation>cette base de données n’est pas chiffrée&#xa0;: « pswdesk db encrypt » la chiffre</translation>
    </message>
    <message>
        <source>the server did not accept this password ({why}); nothing was stored</source>
        <translation>le serveur n’a pas accepté ce mot de passe ({why}); rien n’a été enregistré</translation>
    </message>
    <message>
        <source>only a PostgreSQL server has a password to keep; give --db URL</source>
        <translation>seul un serveur PostgreSQL a un mot de passe à garder; donnez --db URL</translation>
    </message>
    <message>
        <source>the URL names no user (postgresql://USER@HOST/DATABASE)</source>
        <translation>l’URL ne nomme aucun utilisateur (postgresql://USER@HOST/DATABASE)</translation>
    </message>
    <message>
        <source>this URL holds a password: give it without one, and type the password at the prompt</source>
        <translation>cette URL contient un mot de passe&#xa0;: donnez-la sans, et tapez le mot de passe à l’invite</translation>
    </message>
    <message>
        <source>there is no database file {path}</source>
        <translation>il n’y a pas de fichier de base de données {path}</translation>
    </message>
    <message>
        <source>{path} is already encrypted; nothing was changed</source>
        <translation>{path} est déjà chiffré; rien n’a été changé</translation>
    </message>
    <message>
        <source>the database file {path} is empty or damaged</source>
        <translation>le fichier de base de données {path} est vide ou endommagé</translation>
    </message>
    <message>
        <source>{db_path} is not an encrypted pswdesk database</source>
        <translation>{db_path} n’est pas une base de données pswdesk chiffrée</translation>
    </message>
    <message>
        <source>the new key is the same as the old one; nothing was changed</source>
        <translation>la nouvelle clé est identique à l’ancienne; rien n’a été changé</translation>
    </message>
    <message>
        <source>the key could not be changed ({exc})</source>
        <translation>la clé n’a pas pu être changée ({exc})</translation>
    </message>
    <message>
        <source>{db_path} lost its database id while rekeying</source>
        <translation>{db_path} a perdu son identifiant de base de données pendant le changement de clé</translation>
    </message>
    <message>
        <source>{path} cannot be read ({exc})</source>
        <translation>{path} ne peut pas être lu ({exc})</translation>
    </message>
    <message>
        <source>{path} was not made by pswdesk; nothing was changed</source>
        <translation>{path} n’a pas été créé par pswdesk; rien n’a été changé</translation>
    </message>
    <message>
        <source>the encrypted copy could not be written ({exc})</source>
        <translation>la copie chiffrée n’a pas pu être écrite ({exc})</translation>
    </message>
    <message>
        <source>the encrypted copy did not check out, so the original was kept as it is</source>
        <translation>la copie chiffrée n’a pas passé la vérification; l’original a donc été gardé tel quel</translation>
    </message>
    <message>
        <source>{failed}: it does not start with its database id</source>
        <translation>{failed}&#xa0;: elle ne commence pas par son identifiant de base de données</translation>
    </message>
    <message>
        <source>{failed}: its tables, indexes or triggers differ</source>
        <translation>{failed}&#xa0;: ses tables, index ou déclencheurs diffèrent</translation>
    </message>
    <message>
        <source>{failed}: table {name} has {copied} rows, not {n}</source>
        <translation>{failed}&#xa0;: la table {name} a {copied} lignes, pas {n}</translation>
    </message>
    <message>
        <source>{failed}: {result}</source>
        <translation>{failed}&#xa0;: {result}</translation>
    </message>
    <message>
        <source>{failed}: some pages do not decrypt</source>
        <translation>{failed}&#xa0;: certaines pages ne se déchiffrent pas</translation>
    </message>
    <message>
        <source>choose two different records to merge</source>
        <translation>choisissez deux dossiers différents à fusionner</translation>
    </message>
    <message>
        <source>say why the addendum adds or corrects</source>
        <translation>dites pourquoi l’addenda ajoute ou corrige</translation>
    </message>
    <message>
        <source>say what the addendum adds or corrects</source>
        <translation>dites ce que l’addenda ajoute ou corrige</translation>
    </message>
    <message>
        <source>the {key} contains a NUL character (\0), which cannot be stored</source>
        <translation>le champ « {key} » contient un caractère NUL (\0), qui ne peut pas être enregistré</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>raison</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>addenda are for signed notes; while a note is unsigned, its author edits it</source>
        <translation>les addendas sont pour les notes signées; tant qu’une note n’est pas signée, son auteur·e la modifie</translation>
    </message>
    <message>
        <source>only the note&apos;s author or their supervisor can add an addendum</source>
        <translation>seul·e l’auteur·e de la note ou sa ou son superviseur·e peut ajouter un addenda</translation>
    </message>
    <message>
        <source>only the note&apos;s author can change it</source>
        <translation>seul·e l’auteur·e de la note peut la modifier</translation>
    </message>
    <message>
        <source>this note is signed and cannot change; add an addendum instead</source>
        <translation>cette note est signée et ne peut pas changer; ajoutez plutôt un addenda</translation>
    </message>
    <message>
        <source>this note is waiting for review and cannot be edited now</source>
        <translation>cette note est en attente de révision et ne peut pas être modifiée pour l’instant</translation>
    </message>
    <message>
        <source>a note that has been submitted is part of the record; it stays</source>
        <translation>une note qui a été soumise fait partie du dossier; elle reste</translation>
    </message>
    <message>
        <source>the {label} contains a NUL character (\0)</source>
        <translation>le champ « {label} » contient un caractère NUL (\0)</translation>
    </message>
    <message>
        <source>the {label} cannot be empty</source>
        <translation>le champ « {label} » ne peut pas être vide</translation>
    </message>
    <message>
        <source>keep the {label} under {limit:,} characters</source>
        <translation>gardez le champ « {label} » sous {limit} caractères</translation>
    </message>
    <message>
        <source>{label} in this note: {problems}; return the note so it can be changed</source>
        <translation>{label} dans cette note&#xa0;: {problems}; retournez la note pour qu’elle puisse être modifiée</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>suggérée</translation>
    </message>
    <message>
        <source>made</source>
        <translation>faite</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>service or person</source>
        <translation>service ou personne</translation>
    </message>
    <message>
        <source>the date of {what} cannot be in the future</source>
        <translation>la date de {what} ne peut pas être dans le futur</translation>
    </message>
    <message>
        <source>the date of {what} is before {not_before:%d %b %Y}, the referral&apos;s last step</source>
        <translation>la date de {what} est avant le {not_before:%d %b %Y}, la dernière étape de la référence</translation>
    </message>
    <message>
        <source>the referral</source>
        <translation>la référence</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>no referral {referral_id}</source>
        <translation>aucune référence {referral_id}</translation>
    </message>
    <message>
        <source>the referral is already {status}</source>
        <translation>la référence est déjà à l’état « {status} »</translation>
    </message>
    <message>
        <source>this step</source>
        <translation>cette étape</translation>
    </message>
    <message>
        <source>a report is saved as a .csv or .pdf file, not {name!r}</source>
        <translation>un rapport s’enregistre comme fichier .csv ou .pdf, pas {name!r}</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>le dossier {folder} n’existe pas</translation>
    </message>
    <message>
        <source>{path} is open in another program or may not be replaced; close it first</source>
        <translation>{path} est ouvert dans un autre programme ou ne peut pas être remplacé; fermez-le d’abord</translation>
    </message>
    <message>
        <source>this account may not write in the folder {folder}</source>
        <translation>ce compte ne peut pas écrire dans le dossier {folder}</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder</source>
        <translation>{folder} est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>{path} is a folder</source>
        <translation>{path} est un dossier</translation>
    </message>
    <message>
        <source>the disk holding {folder} is full</source>
        <translation>le disque qui contient {folder} est plein</translation>
    </message>
    <message>
        <source>the report could not be saved: {why}</source>
        <translation>le rapport n’a pas pu être enregistré&#xa0;: {why}</translation>
    </message>
    <message>
        <source>there is no report called {name!r}; the reports are {report_names}</source>
        <translation>il n’y a pas de rapport appelé {name!r}; les rapports sont {report_names}</translation>
    </message>
    <message>
        <source>{path} is not a file</source>
        <translation>{path} n’est pas un fichier</translation>
    </message>
    <message>
        <source>the backup could not be copied for checking ({strerror})</source>
        <translation>la sauvegarde n’a pas pu être copiée pour vérification ({strerror})</translation>
    </message>
    <message>
        <source>this is a backup of another database, not of this one</source>
        <translation>c’est une sauvegarde d’une autre base de données, pas de celle-ci</translation>
    </message>
    <message>
        <source>the backup cannot be read ({exc})</source>
        <translation>la sauvegarde ne peut pas être lue ({exc})</translation>
    </message>
    <message>
        <source>the restored copy cannot be written ({exc}); nothing was changed</source>
        <translation>la copie restaurée ne peut pas être écrite ({exc}); rien n’a été changé</translation>
    </message>
    <message>
        <source>the database could not be replaced ({reason}); it was left as it was</source>
        <translation>la base de données n’a pas pu être remplacée ({reason}); elle a été laissée telle quelle</translation>
    </message>
    <message>
        <source>the backup was not restored and the database was not changed: {problems}</source>
        <translation>la sauvegarde n’a pas été restaurée et la base de données n’a pas été changée&#xa0;: {problems}</translation>
    </message>
    <message>
        <source>this is not a readable PostgreSQL backup ({exc})</source>
        <translation>ce n’est pas une sauvegarde PostgreSQL lisible ({exc})</translation>
    </message>
    <message>
        <source>the backup cannot be checked: this server account may not create databases</source>
        <translation>la sauvegarde ne peut pas être vérifiée&#xa0;: ce compte du serveur ne peut pas créer de bases de données</translation>
    </message>
    <message>
        <source>the backup does not restore ({exc})</source>
        <translation>la sauvegarde ne se restaure pas ({exc})</translation>
    </message>
    <message>
        <source>the agency database cannot be reached ({exc})</source>
        <translation>la base de données de l’organisme est injoignable ({exc})</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>soumise</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>retournée</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>this note is already signed; add an addendum to correct it</source>
        <translation>cette note est déjà signée; ajoutez un addenda pour la corriger</translation>
    </message>
    <message>
        <source>you cannot {verb} your own note; it goes to your supervisor (an administrator can allow self-approval in the agency settings)</source>
        <translation>vous ne pouvez pas {verb} votre propre note; elle va à votre superviseur·e (un·e administrateur·rice peut permettre l’auto-approbation dans les paramètres de l’organisme)</translation>
    </message>
    <message>
        <source>only the author&apos;s supervisor can {verb} this note</source>
        <translation>seul·e la ou le superviseur·e de l’auteur·e peut {verb} cette note</translation>
    </message>
    <message>
        <source>only a submitted note can be reviewed; this one is {status}</source>
        <translation>seule une note soumise peut être révisée; celle-ci est à l’état « {status} »</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>approuver</translation>
    </message>
    <message>
        <source>say what needs to change before the note can be signed</source>
        <translation>dites ce qui doit changer avant que la note puisse être signée</translation>
    </message>
    <message>
        <source>keep the comment under {max_comment:,} characters</source>
        <translation>gardez le commentaire sous {max_comment} caractères</translation>
    </message>
    <message>
        <source>return</source>
        <translation>retourner</translation>
    </message>
    <message>
        <source>the note contains a NUL character (\0)</source>
        <translation>la note contient un caractère NUL (\0)</translation>
    </message>
    <message>
        <source>this debrief is already marked as held</source>
        <translation>ce débreffage est déjà marqué comme tenu</translation>
    </message>
    <message>
        <source>choose every note, a sample, or none</source>
        <translation>choisissez toutes les notes, un échantillon, ou aucune</translation>
    </message>
    <message>
        <source>a sample is between {low} and {high} %</source>
        <translation>un échantillon est entre {low} et {high} %</translation>
    </message>
    <message>
        <source>no user {user_id}</source>
        <translation>aucun·e utilisateur·rice {user_id}</translation>
    </message>
    <message>
        <source>only the worker&apos;s supervisor or an administrator can do this</source>
        <translation>seul·e la ou le superviseur·e de l’intervenant·e ou un·e administrateur·rice peut faire ceci</translation>
    </message>
    <message>
        <source>only a supervisor can clear a risk alert</source>
        <translation>seul·e un·e superviseur·e peut lever une alerte de risque</translation>
    </message>
    <message>
        <source>you raised this risk alert, so another supervisor has to clear it</source>
        <translation>vous avez déclenché cette alerte de risque; un·e autre superviseur·e doit donc la lever</translation>
    </message>
    <message>
        <source>say why the risk alert can be cleared</source>
        <translation>dites pourquoi l’alerte de risque peut être levée</translation>
    </message>
    <message>
        <source>the reason contains a NUL character (\0)</source>
        <translation>la raison contient un caractère NUL (\0)</translation>
    </message>
    <message>
        <source>{preferred_name} has no open risk alert</source>
        <translation>{preferred_name} n’a aucune alerte de risque ouverte</translation>
    </message>
    <message>
        <source>write at least one section of the plan</source>
        <translation>écrivez au moins une section du plan</translation>
    </message>
    <message>
        <source>{preferred_name} has no safety plan version {version_no}</source>
        <translation>{preferred_name} n’a pas de version {version_no} du plan de sécurité</translation>
    </message>
    <message>
        <source>nothing has changed since the current version</source>
        <translation>rien n’a changé depuis la version actuelle</translation>
    </message>
    <message>
        <source>no note {note_id} for this client</source>
        <translation>aucune note {note_id} pour ce ou cette client·e</translation>
    </message>
    <message>
        <source>this client has no safety plan yet; reload it and start one</source>
        <translation>ce ou cette client·e n’a pas encore de plan de sécurité; rechargez et commencez-en un</translation>
    </message>
    <message>
        <source>{who} saved version {version_no} of the safety plan at {created_at} while you were editing; reload it, then make your changes again</source>
        <translation>{who} a enregistré la version {version_no} du plan de sécurité à {created_at} pendant que vous le modifiiez; rechargez-le, puis refaites vos changements</translation>
    </message>
    <message>
        <source>logins and their rights are for a PostgreSQL server; an SQLite file has none</source>
        <translation>les connexions et leurs droits sont pour un serveur PostgreSQL; un fichier SQLite n’en a pas</translation>
    </message>
    <message>
        <source>the server refused the grant: {exc}</source>
        <translation>le serveur a refusé l’octroi&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>this database has no pswdesk tables yet: set up the agency first</source>
        <translation>cette base de données n’a pas encore de tables pswdesk&#xa0;: configurez d’abord l’organisme</translation>
    </message>
    <message>
        <source>only the tables&apos; owner ({owner}) may grant rights: run this with the owner&apos;s login</source>
        <translation>seul le propriétaire des tables ({owner}) peut octroyer des droits&#xa0;: exécutez ceci avec la connexion du propriétaire</translation>
    </message>
    <message>
        <source>there is no role named {role} on this server: create the PCs&apos; login first (CREATE ROLE {role} LOGIN PASSWORD &apos;…&apos;)</source>
        <translation>il n’y a pas de rôle nommé {role} sur ce serveur&#xa0;: créez d’abord la connexion des PC (CREATE ROLE {role} LOGIN PASSWORD &apos;…&apos;)</translation>
    </message>
    <message>
        <source>{role} is a superuser or may act as the tables&apos; owner ({owner}), so no grant can hold it back: give the PCs a login of their own</source>
        <translation>{role} est un superutilisateur ou peut agir comme propriétaire des tables ({owner}); aucun octroi ne peut donc le restreindre&#xa0;: donnez aux PC une connexion à eux</translation>
    </message>
    <message>
        <source>only the author&apos;s supervisor can review this note</source>
        <translation>seul·e la ou le superviseur·e de l’auteur·e peut réviser cette note</translation>
    </message>
    <message>
        <source>choose what kind of item this is</source>
        <translation>choisissez le type d’élément</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>no strength or resource {strength_id}</source>
        <translation>aucune force ou ressource {strength_id}</translation>
    </message>
    <message>
        <source>the date is in the future or before 2000</source>
        <translation>la date est dans le futur ou avant 2000</translation>
    </message>
    <message>
        <source>a session lasts between 1 and {max_minutes} minutes</source>
        <translation>une séance dure entre 1 et {max_minutes} minutes</translation>
    </message>
    <message>
        <source>the topics contain a NUL character (\0)</source>
        <translation>les sujets contiennent un caractère NUL (\0)</translation>
    </message>
    <message>
        <source>keep the topics under {max_topics:,} characters</source>
        <translation>gardez les sujets sous {max_topics} caractères</translation>
    </message>
    <message>
        <source>only the worker&apos;s supervisor can record their supervision</source>
        <translation>seul·e la ou le superviseur·e de l’intervenant·e peut inscrire sa supervision</translation>
    </message>
    <message>
        <source>the agency needs a name</source>
        <translation>l’organisme a besoin d’un nom</translation>
    </message>
    <message>
        <source>this database already has an agency</source>
        <translation>cette base de données a déjà un organisme</translation>
    </message>
    <message>
        <source>a user name is 1-80 characters with no spaces or control characters</source>
        <translation>un nom d’utilisateur a de 1 à 80 caractères, sans espaces ni caractères de contrôle</translation>
    </message>
    <message>
        <source>roles must be one or more of {allowed}</source>
        <translation>les rôles doivent être un ou plusieurs de {allowed}</translation>
    </message>
    <message>
        <source>no user {name!r} to be the supervisor</source>
        <translation>aucun·e utilisateur·rice {name!r} pour être superviseur·e</translation>
    </message>
    <message>
        <source>{supervisor} does not have the supervisor role</source>
        <translation>{supervisor} n’a pas le rôle de superviseur·e</translation>
    </message>
    <message>
        <source>user name {username!r} is already taken</source>
        <translation>le nom d’utilisateur {username!r} est déjà pris</translation>
    </message>
    <message>
        <source>you cannot remove your own administrator role</source>
        <translation>vous ne pouvez pas retirer votre propre rôle d’administrateur·rice</translation>
    </message>
    <message>
        <source>a person cannot supervise themselves</source>
        <translation>une personne ne peut pas se superviser elle-même</translation>
    </message>
    <message>
        <source>you cannot deactivate your own account</source>
        <translation>vous ne pouvez pas désactiver votre propre compte</translation>
    </message>
    <message>
        <source>unknown setting(s): {unknown}</source>
        <translation>paramètre(s) inconnu(s)&#xa0;: {unknown}</translation>
    </message>
    <message>
        <source>{field} must be a whole number of at least 1</source>
        <translation>{field} doit être un nombre entier d’au moins 1</translation>
    </message>
    <message>
        <source>{field} is on or off</source>
        <translation>{field} est activé ou désactivé</translation>
    </message>
    <message>
        <source>the no-contact list counts between {low} and {high:,} days</source>
        <translation>la liste sans contact compte entre {low} et {high} jours</translation>
    </message>
    <message>
        <source>the fiscal year starts in a month from 1 to 12</source>
        <translation>l’exercice financier commence un mois de 1 à 12</translation>
    </message>
    <message>
        <source>imminent risk needs contact at least as soon as high risk (fewer days or the same)</source>
        <translation>un risque imminent demande un contact au moins aussi tôt qu’un risque élevé (moins de jours ou autant)</translation>
    </message>
    <message>
        <source>a client at {risk} risk needs contact within {low} to {high} days</source>
        <translation>un·e client·e à risque {risk} a besoin d’un contact dans un délai de {low} à {high} jours</translation>
    </message>
    <message>
        <source>someone else saved this record at the same moment; reload it and try again</source>
        <translation>quelqu’un d’autre a enregistré ce dossier au même moment; rechargez-le et réessayez</translation>
    </message>
    <message>
        <source>only an SQLite file can be copied this way</source>
        <translation>seul un fichier SQLite peut être copié de cette façon</translation>
    </message>
    <message>
        <source>the database could not be read for the backup ({exc})</source>
        <translation>la base de données n’a pas pu être lue pour la sauvegarde ({exc})</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file is too short to be a database</source>
        <translation>le fichier est trop court pour être une base de données</translation>
    </message>
    <message>
        <source>the file is encrypted and no key was given for it</source>
        <translation>le fichier est chiffré et aucune clé n’a été donnée pour lui</translation>
    </message>
    <message>
        <source>the file does not open with this database&apos;s key: it is damaged, or a backup of another database</source>
        <translation>le fichier ne s’ouvre pas avec la clé de cette base de données&#xa0;: il est endommagé, ou c’est une sauvegarde d’une autre base</translation>
    </message>
    <message>
        <source>the file cannot be read ({exc})</source>
        <translation>le fichier ne peut pas être lu ({exc})</translation>
    </message>
    <message>
        <source>the file is damaged ({exc})</source>
        <translation>le fichier est endommagé ({exc})</translation>
    </message>
    <message>
        <source>the database cannot be read ({exc})</source>
        <translation>la base de données ne peut pas être lue ({exc})</translation>
    </message>
    <message>
        <source>the database is open in another pswdesk window or program: close it and try again</source>
        <translation>la base de données est ouverte dans une autre fenêtre pswdesk ou un autre programme&#xa0;: fermez-la et réessayez</translation>
    </message>
    <message>
        <source>the database cannot be changed ({exc})</source>
        <translation>la base de données ne peut pas être modifiée ({exc})</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the folder cannot be written to</source>
        <translation>on ne peut pas écrire dans le dossier</translation>
    </message>
    <message>
        <source>the folder cannot be written to or does not exist</source>
        <translation>on ne peut pas écrire dans le dossier, ou il n’existe pas</translation>
    </message>
    <message>
        <source>the disk refused ({exc})</source>
        <translation>le disque a refusé ({exc})</translation>
    </message>
    <message>
        <source>the backup could not be written to {folder}: {why}; nothing was kept</source>
        <translation>la sauvegarde n’a pas pu être écrite dans {folder}&#xa0;: {why}; rien n’a été gardé</translation>
    </message>
    <message>
        <source>{name} is not installed on this computer: install the PostgreSQL client tools, or let the server&apos;s administrator back up the agency database</source>
        <translation>{name} n’est pas installé sur cet ordinateur&#xa0;: installez les outils client PostgreSQL, ou laissez l’administrateur·rice du serveur sauvegarder la base de données de l’organisme</translation>
    </message>
    <message>
        <source>the agency database is in use on another PC: everyone must close pswdesk before a restore; nothing was changed</source>
        <translation>la base de données de l’organisme est utilisée sur un autre PC&#xa0;: tout le monde doit fermer pswdesk avant une restauration; rien n’a été changé</translation>
    </message>
    <message>
        <source>{what} did not run ({exc})</source>
        <translation>{what} ne s’est pas exécuté ({exc})</translation>
    </message>
    <message>
        <source>{what} failed: {detail}</source>
        <translation>{what} a échoué&#xa0;: {detail}</translation>
    </message>
</context>
<context>
    <name>DraftDeleter</name>
    <message>
        <source>Only a draft of your own that was never submitted can be deleted.</source>
        <translation>Seul un brouillon à vous qui n’a jamais été soumis peut être supprimé.</translation>
    </message>
    <message>
        <source>That draft is open in its window; close the window first, then delete it.</source>
        <translation>Ce brouillon est ouvert dans sa fenêtre; fermez d’abord la fenêtre, puis supprimez-le.</translation>
    </message>
    <message>
        <source>no summary yet</source>
        <extracomment>Set by the main window: whether a note has a window open.</extracomment>
        <translation>pas encore de résumé</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Delete your draft for {client} of {when} ({summary})? It was never submitted; it cannot be brought back.</source>
        <translation>Supprimer votre brouillon pour {client} du {when} ({summary})? Il n’a jamais été soumis; il ne pourra pas être récupéré.</translation>
    </message>
    <message>
        <source>Delete the draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <source>Clients with a close name and the same date of birth, or the same phone or email, show here as you type.</source>
        <translation>Les client·es au nom proche et à la même date de naissance, ou au même téléphone ou courriel, s’affichent ici pendant que vous tapez.</translation>
    </message>
    <message>
        <source>No client with these details is registered.</source>
        <translation>Aucun·e client·e avec ces renseignements n’est inscrit·e.</translation>
    </message>
    <message>
        <source>This may be a client who is already registered:</source>
        <translation>Il s’agit peut-être d’une personne déjà inscrite&#xa0;:</translation>
    </message>
    <message>
        <source>These may be clients who are already registered:</source>
        <translation>Il s’agit peut-être de personnes déjà inscrites&#xa0;:</translation>
    </message>
    <message>
        <source>Open the record that is already there, or tick “This is a different person” to register them anyway.</source>
        <translation>Ouvrez le dossier qui existe déjà, ou cochez «&#xa0;C’est une personne différente&#xa0;» pour l’inscrire quand même.</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>né·e le {date}</translation>
    </message>
    <message>
        <source>no birth date</source>
        <translation>aucune date de naissance</translation>
    </message>
</context>
<context>
    <name>EmergencyDisclosuresPage</name>
    <message>
        <source>No emergency disclosure has been made.</source>
        <translation>Aucune divulgation d’urgence n’a été faite.</translation>
    </message>
    <message>
        <source>Handovers made without the client&apos;s consent because someone&apos;s safety could not wait: who, when, to whom and why. Not yet acknowledged first.</source>
        <translation>Transferts faits sans le consentement du ou de la client·e parce que la sécurité d’une personne ne pouvait pas attendre&#xa0;: qui, quand, à qui et pourquoi. Ceux pas encore pris en compte d’abord.</translation>
    </message>
    <message>
        <source>(for the client&apos;s supervisors)</source>
        <translation>(pour les superviseur·es du ou de la client·e)</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Client·e %1</translation>
    </message>
    <message>
        <source>Not released</source>
        <translation>Non sortie</translation>
    </message>
    <message>
        <source>Prepared, never saved, printed or written out: it did not leave the agency.</source>
        <translation>Préparée, jamais enregistrée, imprimée ni exportée&#xa0;: elle n’est pas sortie de l’organisme.</translation>
    </message>
    <message>
        <source>First left %1: %2</source>
        <translation>Sortie la première fois le %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Every emergency disclosure in the agency, for the accounting of disclosures. The client&apos;s name and the reason are shown to the client&apos;s supervisors only.</source>
        <translation>Chaque divulgation d’urgence de l’organisme, pour le registre des divulgations. Le nom du ou de la client·e et la raison ne sont montrés qu’à ses superviseur·es.</translation>
    </message>
    <message>
        <source>&amp;Open client</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the selected client&apos;s record</source>
        <translation>Ouvrir le dossier du ou de la client·e sélectionné·e</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Prendre connaissance…</translation>
    </message>
    <message>
        <source>Acknowledge the selected emergency disclosure</source>
        <translation>Prendre connaissance de la divulgation d’urgence sélectionnée</translation>
    </message>
    <message>
        <source>Select one and choose Acknowledge to record that you have read it.</source>
        <translation>Sélectionnez-en une et choisissez Prendre connaissance pour inscrire que vous l’avez lue.</translation>
    </message>
    <message>
        <source>Acknowledging is for the client&apos;s supervisors.</source>
        <translation>La prise de connaissance revient aux superviseur·es du ou de la client·e.</translation>
    </message>
    <message>
        <source>%1 already acknowledged this one.</source>
        <translation>%1 en a déjà pris connaissance.</translation>
    </message>
    <message>
        <source>Only a supervisor of the client&apos;s team can acknowledge this one.</source>
        <translation>Seul·e un·e superviseur·e de l’équipe du ou de la client·e peut en prendre connaissance.</translation>
    </message>
    <message>
        <source>Acknowledge emergency disclosure</source>
        <translation>Prendre connaissance de la divulgation d’urgence</translation>
    </message>
    <message>
        <source>You read the emergency disclosure about %1 to %2.
A note, if any (what was done, who was told):</source>
        <translation>Vous avez lu la divulgation d’urgence concernant %1, faite à %2.
Une note, s’il y a lieu (ce qui a été fait, qui a été avisé)&#xa0;:</translation>
    </message>
    <message>
        <source>Acknowledged: the emergency disclosure about %1 to %2.</source>
        <translation>Prise en compte&#xa0;: la divulgation d’urgence concernant %1, faite à %2.</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Export / Import</source>
        <translation>Exportation / Importation</translation>
    </message>
    <message>
        <source>Export the records</source>
        <translation>Exporter les dossiers</translation>
    </message>
    <message>
        <source>Writes every record you may see (as administrator: the whole agency) into a folder: one JSON file with a schema version, one CSV per kind of record for spreadsheets, and a README. Use it to move to another system or to keep an archive.</source>
        <translation>Écrit tous les dossiers que vous pouvez voir (comme administrateur·rice&#xa0;: tout l’organisme) dans un dossier&#xa0;: un fichier JSON avec une version de schéma, un CSV par type de dossier pour les tableurs, et un fichier README. Utilisez-le pour passer à un autre système ou pour garder une archive.</translation>
    </message>
    <message>
        <source>The export holds personal health information about every client, readable by anyone who has the files. Keep it on an encrypted drive, never send it by email, and delete it once it has served. The export is recorded in the audit log.</source>
        <translation>L’exportation contient des renseignements personnels sur la santé de chaque client·e, lisibles par quiconque a les fichiers. Gardez-la sur un disque chiffré, ne l’envoyez jamais par courriel et supprimez-la dès qu’elle a servi. L’exportation est inscrite au journal d’audit.</translation>
    </message>
    <message>
        <source>Warning: personal health information</source>
        <translation>Avertissement&#xa0;: renseignements personnels sur la santé</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>Folder to write the export into</source>
        <translation>Dossier où écrire l’exportation</translation>
    </message>
    <message>
        <source>An empty folder on an encrypted drive</source>
        <translation>Un dossier vide sur un disque chiffré</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Choisir le dossier</translation>
    </message>
    <message>
        <source>Include &amp;safety-sensitive contact details</source>
        <translation>Inclure les coordonnées &amp;sensibles pour la sécurité</translation>
    </message>
    <message>
        <source>Include safety-sensitive contact details</source>
        <translation>Inclure les coordonnées sensibles pour la sécurité</translation>
    </message>
    <message>
        <source>Clients marked safety-sensitive (someone leaving violence, say) have their phone, email and address left out unless this is ticked; the choice is recorded.</source>
        <translation>Pour les client·es dont les coordonnées sont marquées sensibles pour la sécurité (une personne qui fuit la violence, par exemple), le téléphone, le courriel et l’adresse sont laissés de côté sauf si cette case est cochée; le choix est inscrit.</translation>
    </message>
    <message>
        <source>Left unticked, the phone, email and address of clients marked safety-sensitive stay out of the files.</source>
        <translation>Si la case n’est pas cochée, le téléphone, le courriel et l’adresse des client·es aux coordonnées sensibles restent hors des fichiers.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export the records to the folder</source>
        <translation>Exporter les dossiers dans le dossier choisi</translation>
    </message>
    <message>
        <source>Import an export</source>
        <translation>Importer une exportation</translation>
    </message>
    <message>
        <source>Loads a whole-agency export (pswdesk-export.json) into this agency, all or nothing. This agency must be empty: no clients and no notes yet, and no staff but you. Every record keeps its number, so signed notes still verify. Staff accounts come back without passwords; reset each on the Users page.</source>
        <translation>Charge une exportation de tout un organisme (pswdesk-export.json) dans cet organisme, en entier ou pas du tout. Cet organisme doit être vide&#xa0;: aucun·e client·e ni aucune note, et aucun membre du personnel sauf vous. Chaque dossier garde son numéro, donc les notes signées se vérifient toujours. Les comptes du personnel reviennent sans mot de passe; réinitialisez chacun dans la page Utilisateurs.</translation>
    </message>
    <message>
        <source>Export f&amp;ile</source>
        <translation>F&amp;ichier d’exportation</translation>
    </message>
    <message>
        <source>Agency settings</source>
        <translation>Paramètres de l’organisme</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <source>Staff roles</source>
        <translation>Rôles du personnel</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Client·es</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Assignations</translation>
    </message>
    <message>
        <source>Merged records</source>
        <translation>Dossiers fusionnés</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Note self-care</source>
        <translation>Soins de soi des notes</translation>
    </message>
    <message>
        <source>Note submissions</source>
        <translation>Soumissions de notes</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <source>Notes filed without review</source>
        <translation>Notes classées sans révision</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Addendas</translation>
    </message>
    <message>
        <source>Debrief requests</source>
        <translation>Demandes de débreffage</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Goal progress</source>
        <translation>Progrès des objectifs</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Forces</translation>
    </message>
    <message>
        <source>Safety plans</source>
        <translation>Plans de sécurité</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Brief contacts</source>
        <translation>Contacts brefs</translation>
    </message>
    <message>
        <source>Supervision sessions</source>
        <translation>Séances de supervision</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Referral steps</source>
        <translation>Étapes des références</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Équipe de soins</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Divulgations</translation>
    </message>
    <message>
        <source>Disclosure releases</source>
        <translation>Sorties des divulgations</translation>
    </message>
    <message>
        <source>Emergency acknowledgements</source>
        <translation>Prises en compte des urgences</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>aucun dossier</translation>
    </message>
    <message>
        <source>The contact details of 1 safety-sensitive client were left out.</source>
        <translation>Les coordonnées de 1 client·e à la sécurité sensible ont été laissées de côté.</translation>
    </message>
    <message>
        <source>The contact details of %1 safety-sensitive clients were left out.</source>
        <translation>Les coordonnées de %1 client·es à la sécurité sensible ont été laissées de côté.</translation>
    </message>
    <message>
        <source>Safety-sensitive contact details are included.</source>
        <translation>Les coordonnées sensibles pour la sécurité sont incluses.</translation>
    </message>
    <message>
        <source>Exported to %1 (%2 files): %3.</source>
        <translation>Exporté dans %1 (%2 fichiers)&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Reset the password of each staff account before they log in: %1.</source>
        <translation>Réinitialisez le mot de passe de chaque compte du personnel avant sa connexion&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Imported the records of %1, exported %2 by %3: %4.</source>
        <translation>Dossiers de %1 importés, exportés le %2 par %3&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Export and import the agency&apos;s records</source>
        <translation>Exporter et importer les dossiers de l’organisme</translation>
    </message>
    <message>
        <source>Folder for the export</source>
        <translation>Dossier pour l’exportation</translation>
    </message>
    <message>
        <source>Export file to import</source>
        <translation>Fichier d’exportation à importer</translation>
    </message>
    <message>
        <source>pswdesk export (*.json)</source>
        <translation>Exportation pswdesk (*.json)</translation>
    </message>
    <message>
        <source>Import the export</source>
        <translation>Importer l’exportation</translation>
    </message>
    <message>
        <source>Load every record of %1 into this agency? This agency must be empty; the import is all or nothing.</source>
        <translation>Charger tous les dossiers de %1 dans cet organisme? L’organisme doit être vide; l’importation se fait au complet ou pas du tout.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>pswdesk-export.json</source>
        <translation>pswdesk-export.json</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import the export file into this agency</source>
        <translation>Importer le fichier d’exportation dans cet organisme</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <source>1 day overdue</source>
        <translation>1 jour de retard</translation>
    </message>
    <message>
        <source>{n} days overdue</source>
        <translation>{n} jours de retard</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Suivi fait</translation>
    </message>
    <message>
        <source>&amp;Reached</source>
        <translation>&amp;Joint·e</translation>
    </message>
    <message>
        <source>&amp;No answer</source>
        <translation>&amp;Pas de réponse</translation>
    </message>
    <message>
        <source>&amp;Left a message</source>
        <translation>&amp;Message laissé</translation>
    </message>
    <message>
        <source>Re&amp;scheduled to</source>
        <translation>Re&amp;porté au</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>Résultat&#xa0;: {outcome}</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>Nouvelle date prévue</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Optional: a few words on how it went</source>
        <translation>Facultatif&#xa0;: quelques mots sur comment ça s’est passé</translation>
    </message>
    <message>
        <source>Comment on the outcome</source>
        <translation>Commentaire sur le résultat</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Commentaire</translation>
    </message>
    <message>
        <source>Rescheduled: {name}now due {date}.</source>
        <translation>Reporté&#xa0;: {name}maintenant prévu le {date}.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>Done: {what} ({outcome}).</source>
        <translation>Fait&#xa0;: {what} ({outcome}).</translation>
    </message>
    <message>
        <source>Give the follow-up to</source>
        <translation>Confier le suivi à</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>me</source>
        <translation>moi</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>superviseur·e</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>New follow-up</source>
        <translation>Nouveau suivi</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Échéance</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d’échéance</translation>
    </message>
    <message>
        <source>&amp;What for</source>
        <translation>&amp;Pour quoi</translation>
    </message>
    <message>
        <source>What the follow-up is for</source>
        <translation>Le but du suivi</translation>
    </message>
    <message>
        <source>e.g. Phone to hear how the appointment went</source>
        <translation>p. ex. Appeler pour savoir comment s’est passé le rendez-vous</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Check-in planned in the note of {date}</source>
        <extracomment>How ``followups`` describes the check-in a note planned; stored so, in English.</extracomment>
        <translation>Prise de nouvelles prévue dans la note du {date}</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Follow-ups: summary</source>
        <translation>Suivis&#xa0;: résumé</translation>
    </message>
    <message>
        <source>Sho&amp;w done</source>
        <translation>Aff&amp;icher les suivis faits</translation>
    </message>
    <message>
        <source>Show follow-ups already done</source>
        <translation>Afficher les suivis déjà faits</translation>
    </message>
    <message>
        <source>Loading follow-ups</source>
        <translation>Chargement des suivis</translation>
    </message>
    <message>
        <source>No open follow-ups for this client.</source>
        <translation>Aucun suivi ouvert pour ce ou cette client·e.</translation>
    </message>
    <message>
        <source>No follow-ups</source>
        <translation>Aucun suivi</translation>
    </message>
    <message>
        <source>Follow-ups for this client</source>
        <translation>Suivis pour ce ou cette client·e</translation>
    </message>
    <message>
        <source>&amp;Add follow-up…</source>
        <translation>&amp;Ajouter un suivi…</translation>
    </message>
    <message>
        <source>Plan a follow-up for this client</source>
        <translation>Planifier un suivi pour ce ou cette client·e</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;Marquer comme fait</translation>
    </message>
    <message>
        <source>Mark the selected follow-up done</source>
        <translation>Marquer le suivi sélectionné comme fait</translation>
    </message>
    <message>
        <source>Overdue follow-ups are marked in red.</source>
        <translation>Les suivis en retard sont marqués en rouge.</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Marquer comme &amp;fait…</translation>
    </message>
    <message>
        <source>Close the selected follow-up with an outcome</source>
        <translation>Clore le suivi sélectionné avec un résultat</translation>
    </message>
    <message>
        <source>Reached, no answer, left a message, or reschedule it</source>
        <translation>Joint·e, pas de réponse, message laissé, ou le reporter</translation>
    </message>
    <message>
        <source>&amp;Give to…</source>
        <translation>&amp;Confier à…</translation>
    </message>
    <message>
        <source>Give the selected follow-up to someone in the team</source>
        <translation>Confier le suivi sélectionné à une personne de l’équipe</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the follow-up just closed</source>
        <translation>Annuler la clôture du suivi</translation>
    </message>
    <message>
        <source>{n} open</source>
        <extracomment>The follow-up closed last in this session, which Undo reopens.</extracomment>
        <translation>{n} ouverts</translation>
    </message>
    <message>
        <source> · {n} overdue</source>
        <translation> · {n} en retard</translation>
    </message>
    <message>
        <source>Follow-up planned for {date}.</source>
        <translation>Suivi prévu le {date}.</translation>
    </message>
    <message>
        <source>Now {name}&apos;s follow-up.</source>
        <translation>Maintenant le suivi de {name}.</translation>
    </message>
    <message>
        <source>Undone: open again, due {date}.</source>
        <translation>Annulé&#xa0;: ouvert de nouveau, prévu le {date}.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
</context>
<context>
    <name>Framework</name>
    <message>
        <source>Listening and validation</source>
        <translation>Écoute et validation</translation>
    </message>
    <message>
        <source>What the person brought today, and how you showed you heard it.</source>
        <translation>Ce que la personne a apporté aujourd’hui, et comment vous lui avez montré que vous l’entendiez.</translation>
    </message>
    <message>
        <source>What did they say was going on, in their own words where you can?</source>
        <translation>Qu’a-t-elle dit qui se passait, dans ses propres mots quand c’est possible?</translation>
    </message>
    <message>
        <source>Which feelings or worries came through?</source>
        <translation>Quels sentiments ou inquiétudes sont ressortis?</translation>
    </message>
    <message>
        <source>How did you let them know their reaction made sense?</source>
        <translation>Comment lui avez-vous fait savoir que sa réaction avait du sens?</translation>
    </message>
    <message>
        <source>What the client expressed</source>
        <translation>Ce que la personne a exprimé</translation>
    </message>
    <message>
        <source>Feelings and concerns named</source>
        <translation>Sentiments et préoccupations nommés</translation>
    </message>
    <message>
        <source>e.g. overwhelmed, grief</source>
        <translation>p. ex. dépassée, deuil</translation>
    </message>
    <message>
        <source>How it was acknowledged</source>
        <translation>Comment cela a été reconnu</translation>
    </message>
    <message>
        <source>Open questions and reflection</source>
        <translation>Questions ouvertes et réflexion</translation>
    </message>
    <message>
        <source>The questions you explored together and what came out of them.</source>
        <translation>Les questions que vous avez explorées ensemble et ce qui en est ressorti.</translation>
    </message>
    <message>
        <source>Which open questions helped them look at what happened?</source>
        <translation>Quelles questions ouvertes l’ont aidée à regarder ce qui s’est passé?</translation>
    </message>
    <message>
        <source>Did they notice anything new about what led here?</source>
        <translation>A-t-elle remarqué quelque chose de nouveau sur ce qui a mené ici?</translation>
    </message>
    <message>
        <source>What might help them move forward, in their view?</source>
        <translation>Qu’est-ce qui pourrait l’aider à avancer, selon elle?</translation>
    </message>
    <message>
        <source>Questions explored</source>
        <translation>Questions explorées</translation>
    </message>
    <message>
        <source>Insights and underlying causes</source>
        <translation>Prises de conscience et causes sous-jacentes</translation>
    </message>
    <message>
        <source>Goals set together</source>
        <translation>Objectifs fixés ensemble</translation>
    </message>
    <message>
        <source>Goals the client chose or revisited, in their words.</source>
        <translation>Les objectifs que la personne a choisis ou revus, dans ses mots.</translation>
    </message>
    <message>
        <source>What do they want to be different, and why does it matter to them?</source>
        <translation>Que veut-elle voir changer, et pourquoi est-ce important pour elle?</translation>
    </message>
    <message>
        <source>Is the next step small and realistic enough to try this week?</source>
        <translation>Le prochain pas est-il assez petit et réaliste pour l’essayer cette semaine?</translation>
    </message>
    <message>
        <source>Which existing goals moved forward, stalled or changed?</source>
        <translation>Quels objectifs existants ont avancé, stagné ou changé?</translation>
    </message>
    <message>
        <source>Goal conversation</source>
        <translation>Conversation sur les objectifs</translation>
    </message>
    <message>
        <source>Goals set or reviewed</source>
        <translation>Objectifs fixés ou revus</translation>
    </message>
    <message>
        <source>Strengths and resources</source>
        <translation>Forces et ressources</translation>
    </message>
    <message>
        <source>What the client already has going for them, and where else help can come from.</source>
        <translation>Ce sur quoi la personne peut déjà compter, et d’où d’autre l’aide peut venir.</translation>
    </message>
    <message>
        <source>What have they got through before, and how?</source>
        <translation>Qu’a-t-elle déjà traversé, et comment?</translation>
    </message>
    <message>
        <source>Who in their life is on their side?</source>
        <translation>Qui, dans sa vie, est de son côté?</translation>
    </message>
    <message>
        <source>Which community services could they use, and do they know how to reach them?</source>
        <translation>Quels services communautaires pourrait-elle utiliser, et sait-elle comment les joindre?</translation>
    </message>
    <message>
        <source>Strengths and resources discussed</source>
        <translation>Forces et ressources abordées</translation>
    </message>
    <message>
        <source>Strengths, successes, supports found</source>
        <translation>Forces, réussites et soutiens trouvés</translation>
    </message>
    <message>
        <source>Crisis and safety</source>
        <translation>Crise et sécurité</translation>
    </message>
    <message>
        <source>Any sign of risk, how serious it was, and what was done.</source>
        <translation>Tout signe de risque, sa gravité, et ce qui a été fait.</translation>
    </message>
    <message>
        <source>Did anything suggest they or someone else might not be safe?</source>
        <translation>Quelque chose laissait-il penser qu’elle ou une autre personne pourrait ne pas être en sécurité?</translation>
    </message>
    <message>
        <source>How immediate is the risk, and what did you do about it?</source>
        <translation>Le risque est-il immédiat, et qu’avez-vous fait?</translation>
    </message>
    <message>
        <source>Is their safety plan current: warning signs, coping, people, places, professionals?</source>
        <translation>Son plan de sécurité est-il à jour&#xa0;: signes avant-coureurs, façons de faire face, personnes, lieux, professionnel·les?</translation>
    </message>
    <message>
        <source>Risk indicators noticed</source>
        <translation>Indicateurs de risque remarqués</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <source>Safety discussion and plan</source>
        <translation>Discussion sur la sécurité et plan</translation>
    </message>
    <message>
        <source>Follow-up and ongoing support</source>
        <translation>Suivi et soutien continu</translation>
    </message>
    <message>
        <source>When you will check in next and who else in the care team knows.</source>
        <translation>Quand vous ferez le prochain suivi, et qui d’autre dans l’équipe de soins est au courant.</translation>
    </message>
    <message>
        <source>When and how will you next be in touch?</source>
        <translation>Quand et comment serez-vous de nouveau en contact?</translation>
    </message>
    <message>
        <source>Who in their care team did you update or coordinate with?</source>
        <translation>Avec qui dans l’équipe de soins avez-vous fait le point ou vous êtes-vous coordonné·e?</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Prochain suivi</translation>
    </message>
    <message>
        <source>Ongoing support plan</source>
        <translation>Plan de soutien continu</translation>
    </message>
    <message>
        <source>Care team contacted</source>
        <translation>Équipe de soins contactée</translation>
    </message>
    <message>
        <source>Referrals and further resources</source>
        <translation>Références et autres ressources</translation>
    </message>
    <message>
        <source>Services or people the client was pointed or connected to.</source>
        <translation>Les services ou les personnes vers qui la personne a été orientée ou mise en lien.</translation>
    </message>
    <message>
        <source>Does what they need go beyond peer support?</source>
        <translation>Ses besoins dépassent-ils le soutien par les pairs?</translation>
    </message>
    <message>
        <source>Which service, person or group fits, and did they agree to a referral?</source>
        <translation>Quel service, personne ou groupe lui convient, et a-t-elle accepté une référence?</translation>
    </message>
    <message>
        <source>Referral discussion</source>
        <translation>Discussion sur les références</translation>
    </message>
    <message>
        <source>Referrals suggested or made</source>
        <translation>Références suggérées ou faites</translation>
    </message>
    <message>
        <source>Your self-care and boundaries</source>
        <translation>Vos soins personnels et vos limites</translation>
    </message>
    <message>
        <source>How this contact sat with you. Seen only by you and your supervisors; never shared.</source>
        <translation>Comment ce contact vous a touché·e. Vu seulement par vous et vos superviseur·es; jamais communiqué.</translation>
    </message>
    <message>
        <source>How are you after this contact?</source>
        <translation>Comment allez-vous après ce contact?</translation>
    </message>
    <message>
        <source>Did anything test your boundaries or your role?</source>
        <translation>Quelque chose a-t-il mis à l’épreuve vos limites ou votre rôle?</translation>
    </message>
    <message>
        <source>Would a debrief with your supervisor help?</source>
        <translation>Un débreffage avec votre superviseur·e vous aiderait-il?</translation>
    </message>
    <message>
        <source>Impact on me</source>
        <translation>Effet sur moi</translation>
    </message>
    <message>
        <source>Boundary concerns</source>
        <translation>Préoccupations liées aux limites</translation>
    </message>
    <message>
        <source>What I will do to look after myself</source>
        <translation>Ce que je ferai pour prendre soin de moi</translation>
    </message>
    <message>
        <source>Ask my supervisor for a debrief</source>
        <translation>Demander un débreffage à ma ou mon superviseur·e</translation>
    </message>
    <message>
        <source>Safety plan made or reviewed with the client</source>
        <translation>Plan de sécurité fait ou revu avec la personne</translation>
    </message>
    <message>
        <source>Client&apos;s support people were contacted</source>
        <translation>Les personnes qui soutiennent la personne ont été contactées</translation>
    </message>
    <message>
        <source>Agency crisis protocol followed</source>
        <translation>Protocole de crise de l’organisme suivi</translation>
    </message>
    <message>
        <source>Emergency services involved</source>
        <translation>Services d’urgence impliqués</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Objectif</translation>
    </message>
    <message>
        <source>The goal, in the client&apos;s words</source>
        <translation>L’objectif, dans les mots du ou de la client·e</translation>
    </message>
    <message>
        <source>In the client&apos;s own words, e.g. “Sleep through the night more often”</source>
        <translation>Dans ses propres mots, p. ex. «&#xa0;Dormir plus souvent toute la nuit&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Why it matters</source>
        <translation>&amp;Pourquoi c’est important</translation>
    </message>
    <message>
        <source>Why it matters to the client</source>
        <translation>Pourquoi c’est important pour le ou la client·e</translation>
    </message>
    <message>
        <source>What reaching it would change for them</source>
        <translation>Ce que l’atteindre changerait pour la personne</translation>
    </message>
    <message>
        <source>Target &amp;date</source>
        <translation>&amp;Date visée</translation>
    </message>
    <message>
        <source>Set a target date</source>
        <translation>Fixer une date visée</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date visée</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Status of the goal</source>
        <translation>Statut de l’objectif</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Modifier l’objectif</translation>
    </message>
</context>
<context>
    <name>GoalProgressDialog</name>
    <message>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>Ce qui s’est &amp;passé</translation>
    </message>
    <message>
        <source>What happened with this goal</source>
        <translation>Ce qui s’est passé avec cet objectif</translation>
    </message>
    <message>
        <source>A step taken, a setback, a change of plan…</source>
        <translation>Un pas fait, un recul, un changement de plan…</translation>
    </message>
    <message>
        <source>&amp;Status now</source>
        <translation>&amp;Statut maintenant</translation>
    </message>
    <message>
        <source>Status of the goal after this</source>
        <translation>Statut de l’objectif après ceci</translation>
    </message>
    <message>
        <source>Add progress</source>
        <translation>Ajouter un progrès</translation>
    </message>
</context>
<context>
    <name>GoalTimeline</name>
    <message>
        <source>Goal progress over time</source>
        <translation>Progrès des objectifs au fil du temps</translation>
    </message>
    <message>
        <source>Goal set</source>
        <translation>Objectif fixé</translation>
    </message>
    <message>
        <source>{date}: goal set</source>
        <translation>{date}&#xa0;: objectif fixé</translation>
    </message>
    <message>
        <source>{date}: {status}</source>
        <translation>{date}&#xa0;: {status}</translation>
    </message>
    <message>
        <source>1 goal</source>
        <translation>1 objectif</translation>
    </message>
    <message>
        <source>{n} goals</source>
        <translation>{n} objectifs</translation>
    </message>
    <message>
        <source>1 progress entry</source>
        <translation>1 inscription de progrès</translation>
    </message>
    <message>
        <source>{n} progress entries</source>
        <translation>{n} inscriptions de progrès</translation>
    </message>
    <message>
        <source>{goals}, {progress} over time</source>
        <translation>{goals}, {progress} au fil du temps</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Goals: summary</source>
        <translation>Objectifs&#xa0;: résumé</translation>
    </message>
    <message>
        <source>Sho&amp;w achieved, paused and dropped</source>
        <translation>Aff&amp;icher les objectifs atteints, en pause et abandonnés</translation>
    </message>
    <message>
        <source>Show goals that are no longer active</source>
        <translation>Afficher les objectifs qui ne sont plus actifs</translation>
    </message>
    <message>
        <source>Goals in the client&apos;s own words. Active goals come first; each one&apos;s progress, from notes and added here, is shown beside the list.</source>
        <translation>Les objectifs dans les mots du ou de la client·e. Les objectifs actifs viennent en premier; les progrès de chacun, tirés des notes et ajoutés ici, s’affichent à côté de la liste.</translation>
    </message>
    <message>
        <source>Loading goals</source>
        <translation>Chargement des objectifs</translation>
    </message>
    <message>
        <source>No goals yet. Goals set in step 3 of a note appear here once the note is signed, or add one now.</source>
        <translation>Pas encore d’objectifs. Les objectifs fixés à l’étape 3 d’une note apparaissent ici une fois la note signée, ou ajoutez-en un maintenant.</translation>
    </message>
    <message>
        <source>No goals yet</source>
        <translation>Pas encore d’objectifs</translation>
    </message>
    <message>
        <source>The selected goal and its progress</source>
        <translation>L’objectif sélectionné et ses progrès</translation>
    </message>
    <message>
        <source>&amp;Add goal…</source>
        <translation>&amp;Ajouter un objectif…</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>Edit goa&amp;l…</source>
        <translation>Modifier l’ob&amp;jectif…</translation>
    </message>
    <message>
        <source>Edit the selected goal</source>
        <translation>Modifier l’objectif sélectionné</translation>
    </message>
    <message>
        <source>Add progress &amp;update…</source>
        <translation>Ajouter une &amp;mise à jour des progrès…</translation>
    </message>
    <message>
        <source>Add a progress entry to the selected goal</source>
        <translation>Ajouter une entrée de progrès à l’objectif sélectionné</translation>
    </message>
    <message>
        <source>Enter edits the selected goal.</source>
        <translation>Entrée modifie l’objectif sélectionné.</translation>
    </message>
    <message>
        <source> (passed)</source>
        <translation> (dépassée)</translation>
    </message>
    <message>
        <source>note #{id}</source>
        <translation>note no {id}</translation>
    </message>
    <message>
        <source>added on the record</source>
        <translation>ajouté au dossier</translation>
    </message>
    <message>
        <source>Set {where}{by}, {date}</source>
        <translation>Fixé {where}{by}, le {date}</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucun pour l’instant</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 inscription</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} inscriptions</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why it matters:&lt;/b&gt; {why}</source>
        <translation>&lt;b&gt;Pourquoi c’est important&#xa0;:&lt;/b&gt; {why}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Target:&lt;/b&gt; {date}</source>
        <translation>&lt;b&gt;Échéance&#xa0;:&lt;/b&gt; {date}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status:&lt;/b&gt; {status}</source>
        <translation>&lt;b&gt;Statut&#xa0;:&lt;/b&gt; {status}</translation>
    </message>
    <message>
        <source>Progress, newest first</source>
        <translation>Progrès, les plus récents d’abord</translation>
    </message>
    <message>
        <source>No progress recorded yet.</source>
        <translation>Aucun progrès inscrit pour l’instant.</translation>
    </message>
    <message>
        <source>&lt;i&gt;status only&lt;/i&gt;</source>
        <translation>&lt;i&gt;statut seulement&lt;/i&gt;</translation>
    </message>
    <message>
        <source>{n} active</source>
        <translation>{n} actifs</translation>
    </message>
    <message>
        <source>Goal added: {text}</source>
        <translation>Objectif ajouté&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Goal saved: {text}</source>
        <translation>Objectif enregistré&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Progress added to: {text}</source>
        <translation>Progrès ajouté à&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handover summary</source>
        <translation>Sommaire de transfert</translation>
    </message>
    <message>
        <source>A summary for another provider holds approved notes only, and only the sections the client agreed to share with them. Generating it records the handover as prepared; saving or printing it records a disclosure on the client&apos;s record and in the audit log (who, to whom, what, when).</source>
        <translation>Un sommaire pour un autre fournisseur ne contient que des notes approuvées, et seulement les sections que le ou la client·e a accepté de lui communiquer. Le générer inscrit le transfert comme préparé; l’enregistrer ou l’imprimer inscrit une divulgation au dossier du ou de la client·e et au journal d’audit (qui, à qui, quoi, quand).</translation>
    </message>
    <message>
        <source>1. Recipient and consent</source>
        <translation>1. Destinataire et consentement</translation>
    </message>
    <message>
        <source>&amp;Send to (from the client&apos;s consents)</source>
        <translation>&amp;Envoyer à (d’après les consentements du ou de la client·e)</translation>
    </message>
    <message>
        <source>Recipient, from the client&apos;s consents</source>
        <translation>Destinataire, d’après les consentements du ou de la client·e</translation>
    </message>
    <message>
        <source>The consent this handover relies on</source>
        <translation>Le consentement sur lequel repose ce transfert</translation>
    </message>
    <message>
        <source>Problem with the recipient</source>
        <translation>Problème avec le destinataire</translation>
    </message>
    <message>
        <source>&amp;Emergency disclosure (no consent)</source>
        <translation>&amp;Divulgation d’urgence (sans consentement)</translation>
    </message>
    <message>
        <source>Emergency disclosure without consent</source>
        <translation>Divulgation d’urgence sans consentement</translation>
    </message>
    <message>
        <source>Only when someone&apos;s safety cannot wait for the client&apos;s consent. Every page will be marked as an emergency disclosure, any section may be shared, and the client&apos;s supervisors are told about it straight away.</source>
        <translation>Seulement quand la sécurité d’une personne ne peut pas attendre le consentement du ou de la client·e. Chaque page sera marquée comme divulgation d’urgence, toute section peut être communiquée, et les superviseur·es du ou de la client·e en sont avisé·es sur-le-champ.</translation>
    </message>
    <message>
        <source>Reci&amp;pient</source>
        <translation>Desti&amp;nataire</translation>
    </message>
    <message>
        <source>Who receives the emergency disclosure</source>
        <translation>Qui reçoit la divulgation d’urgence</translation>
    </message>
    <message>
        <source>Name, role and service, e.g. ED triage nurse, St Brigid&apos;s</source>
        <translation>Nom, rôle et service, p. ex. infirmière au triage de l’urgence, hôpital St Brigid’s</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>&amp;Raison (obligatoire)</translation>
    </message>
    <message>
        <source>Why this cannot wait for consent</source>
        <translation>Pourquoi ceci ne peut pas attendre le consentement</translation>
    </message>
    <message>
        <source>Why this cannot wait for the client&apos;s consent</source>
        <translation>Pourquoi ceci ne peut pas attendre le consentement du ou de la client·e</translation>
    </message>
    <message>
        <source>Problem with the emergency disclosure</source>
        <translation>Problème avec la divulgation d’urgence</translation>
    </message>
    <message>
        <source>2. Contacts to summarise</source>
        <translation>2. Contacts à résumer</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>First day of contacts</source>
        <translation>Premier jour des contacts</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;au</translation>
    </message>
    <message>
        <source>Last day of contacts</source>
        <translation>Dernier jour des contacts</translation>
    </message>
    <message>
        <source>Contacts in this period</source>
        <translation>Contacts de cette période</translation>
    </message>
    <message>
        <source>Include notes &amp;not yet reviewed (marked as such)</source>
        <translation>Inclure les notes &amp;pas encore révisées (marquées comme telles)</translation>
    </message>
    <message>
        <source>Include submitted notes not yet reviewed by a supervisor</source>
        <translation>Inclure les notes soumises pas encore révisées par un·e superviseur·e</translation>
    </message>
    <message>
        <source>Problem with the dates</source>
        <translation>Problème avec les dates</translation>
    </message>
    <message>
        <source>3. Sections to share</source>
        <translation>3. Sections à communiquer</translation>
    </message>
    <message>
        <source>Problem with the sections</source>
        <translation>Problème avec les sections</translation>
    </message>
    <message>
        <source>Preview and earlier handovers</source>
        <translation>Aperçu et transferts précédents</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>&amp;Handovers already sent</source>
        <extracomment>Set once the user picks a language: the plan&apos;s suggestion no longer applies.</extracomment>
        <translation>&amp;Transferts déjà envoyés</translation>
    </message>
    <message>
        <source>No consent in force</source>
        <translation>Aucun consentement en vigueur</translation>
    </message>
    <message>
        <source>No consent on record</source>
        <translation>Aucun consentement au dossier</translation>
    </message>
    <message>
        <source>Cannot be used: the consent {state}.</source>
        <translation>Ne peut pas servir&#xa0;: le consentement est {state}.</translation>
    </message>
    <message>
        <source>No consent to share this client&apos;s information is in force. Record the client&apos;s consent first, or make an emergency disclosure if someone&apos;s safety cannot wait.</source>
        <translation>Aucun consentement à communiquer les renseignements de ce ou cette client·e n’est en vigueur. Inscrivez d’abord le consentement du ou de la client·e, ou faites une divulgation d’urgence si la sécurité d’une personne ne peut pas attendre.</translation>
    </message>
    <message>
        <source>&amp;Generate emergency disclosure</source>
        <translation>&amp;Générer la divulgation d’urgence</translation>
    </message>
    <message>
        <source>&amp;Generate summary</source>
        <translation>&amp;Générer le sommaire</translation>
    </message>
    <message>
        <source>Generate the summary and record it as prepared</source>
        <translation>Générer le sommaire et l’inscrire comme préparé</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>P&amp;apier</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>Generating the summary</source>
        <translation>Génération du sommaire</translation>
    </message>
    <message>
        <source>Generation status</source>
        <translation>État de la génération</translation>
    </message>
    <message>
        <source>not covered by consent</source>
        <translation>non couvert par le consentement</translation>
    </message>
    <message>
        <source>Handover summary — {name}</source>
        <extracomment>Dialog-local styles: the emergency panel must not look like the ordinary form.</extracomment>
        <translation>Sommaire de transfert — {name}</translation>
    </message>
    <message>
        <source>Handover summary for {name}</source>
        <translation>Sommaire de transfert pour {name}</translation>
    </message>
    <message>
        <source>US Letter</source>
        <extracomment>Releases recorded for the summaries made here (what the tests and the status read).</extracomment>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Loading the client&apos;s consents…</source>
        <translation>Chargement des consentements du ou de la client·e…</translation>
    </message>
    <message>
        <source>Language of the &amp;document</source>
        <translation>&amp;Langue du document</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <source>The summary is written in the recipient&apos;s language, whatever the app&apos;s.</source>
        <translation>Le sommaire est rédigé dans la langue du destinataire, quelle que soit celle de l’application.</translation>
    </message>
    <message>
        <source>The preview shows the summary generated at {time}. Generate again to apply your changes (a new handover is prepared).</source>
        <translation>L’aperçu montre le sommaire généré à {time}. Générez-le de nouveau pour appliquer vos changements (un nouveau transfert est préparé).</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>Le premier jour est après le dernier jour.</translation>
    </message>
    <message>
        <source>{n} approved contact in this period</source>
        <translation>{n} contact approuvé dans cette période</translation>
    </message>
    <message>
        <source>{n} approved contacts in this period</source>
        <translation>{n} contacts approuvés dans cette période</translation>
    </message>
    <message>
        <source>; {n} more not yet reviewed</source>
        <translation>; {n} autres pas encore révisés</translation>
    </message>
    <message>
        <source>Type the reason: an emergency disclosure is only made with one, and your supervisors will read it.</source>
        <translation>Écrivez la raison&#xa0;: une divulgation d’urgence ne se fait qu’avec une raison, et vos superviseur·es la liront.</translation>
    </message>
    <message>
        <source>Say who receives this emergency disclosure.</source>
        <translation>Indiquez qui reçoit cette divulgation d’urgence.</translation>
    </message>
    <message>
        <source>Tick at least one section to share.</source>
        <translation>Cochez au moins une section à communiquer.</translation>
    </message>
    <message>
        <source>Generating the summary and recording it as prepared…</source>
        <translation>Génération du sommaire et inscription comme préparé…</translation>
    </message>
    <message>
        <source>Generating the summary…</source>
        <translation>Génération du sommaire…</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <source>Done: {pages}. Read it here, then save or print it: it is a disclosure once it leaves this dialog.</source>
        <translation>Terminé&#xa0;: {pages}. Lisez-le ici, puis enregistrez-le ou imprimez-le&#xa0;: il devient une divulgation dès qu’il quitte cette fenêtre.</translation>
    </message>
    <message>
        <source>Your supervisors have been told about this emergency disclosure.</source>
        <translation>Vos superviseur·es ont été avisé·es de cette divulgation d’urgence.</translation>
    </message>
    <message>
        <source>Nothing was generated and no disclosure was recorded.</source>
        <translation>Rien n’a été généré et aucune divulgation n’a été inscrite.</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>Envoyé à l’imprimante</translation>
    </message>
    <message>
        <source>{done}. Recorded as disclosed to {recipient}.</source>
        <translation>{done}. Inscrit comme divulgué à {recipient}.</translation>
    </message>
    <message>
        <source>EMERGENCY · </source>
        <translation>URGENCE · </translation>
    </message>
    <message>
        <source>Disclosure {id} · released ({how}) at {time}</source>
        <translation>Divulgation {id} · communiquée ({how}) à {time}</translation>
    </message>
    <message>
        <source>Not saved: the disclosure could not be recorded ({error}). Nothing was kept; try again.</source>
        <translation>Non enregistré&#xa0;: la divulgation n’a pas pu être inscrite ({error}). Rien n’a été gardé; réessayez.</translation>
    </message>
    <message>
        <source>Printed, but the disclosure could not be recorded ({error}): it stays on record as prepared only. Tell your supervisor what was printed.</source>
        <translation>Imprimé, mais la divulgation n’a pas pu être inscrite ({error})&#xa0;: elle reste au dossier comme préparée seulement. Dites à votre superviseur·e ce qui a été imprimé.</translation>
    </message>
    <message>
        <source>This summary is not saved or printed yet, so nothing has left the agency; it stays listed as prepared. Close again to close without it.</source>
        <translation>Ce résumé n’est pas encore enregistré ni imprimé : rien n’a quitté l’organisme, et il reste inscrit comme préparé. Fermez de nouveau pour fermer sans lui.</translation>
    </message>
</context>
<context>
    <name>HandoverHistory</name>
    <message>
        <source>Handovers already sent for this client</source>
        <translation>Transferts déjà envoyés pour ce ou cette client·e</translation>
    </message>
    <message>
        <source>The selected handover in full</source>
        <translation>Le transfert sélectionné au complet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Fondement</translation>
    </message>
    <message>
        <source>Prepared, not released</source>
        <translation>Préparé, non communiqué</translation>
    </message>
    <message>
        <source>Emergency</source>
        <extracomment>How many handovers left (None while loading): the dialog puts it in the tab.</extracomment>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Consent {id}</source>
        <translation>Consentement {id}</translation>
    </message>
    <message>
        <source>{text} (prepared, never left)</source>
        <translation>{text} (préparé, jamais sorti)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No handover has been made for this client yet.</source>
        <translation>Aucun transfert n’a encore été fait pour ce ou cette client·e.</translation>
    </message>
    <message>
        <source>What left the agency about this client, newest first; each is also in the audit log, and emergency disclosures were flagged to supervisors. Greyed: prepared but never saved, printed or written out, so it did not leave.</source>
        <translation>Ce qui est sorti de l’organisme au sujet de ce ou cette client·e, du plus récent au plus ancien; chacun figure aussi au journal d’audit, et les divulgations d’urgence ont été signalées aux superviseur·es. En gris&#xa0;: préparé mais jamais enregistré, imprimé ni écrit, donc pas sorti.</translation>
    </message>
    <message>
        <source>as an emergency disclosure. Reason: {reason}</source>
        <translation>comme divulgation d’urgence. Raison&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>under consent {id}.</source>
        <translation>sous le consentement {id}.</translation>
    </message>
    <message>
        <source>Sent {when} ({how}) by {user} to {recipient}, {basis}</source>
        <translation>Envoyé le {when} ({how}) par {user} à {recipient}, {basis}</translation>
    </message>
    <message>
        <source>Prepared {when}.</source>
        <translation>Préparé le {when}.</translation>
    </message>
    <message>
        <source>Prepared {when} by {user} for {recipient}, {basis}</source>
        <translation>Préparé le {when} par {user} pour {recipient}, {basis}</translation>
    </message>
    <message>
        <source>Not released: it was never saved, printed or written out, so it did not leave the agency.</source>
        <translation>Non communiqué&#xa0;: il n’a jamais été enregistré, imprimé ni écrit, donc il n’est pas sorti de l’organisme.</translation>
    </message>
    <message>
        <source>Contacts from {start} to {end}.</source>
        <translation>Contacts du {start} au {end}.</translation>
    </message>
    <message>
        <source>Sections: {sections}.</source>
        <translation>Sections&#xa0;: {sections}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Written in {language}.</source>
        <translation>Rédigé en {language}.</translation>
    </message>
</context>
<context>
    <name>HandoverPreview</name>
    <message>
        <source>About the generated summary</source>
        <translation>À propos du sommaire généré</translation>
    </message>
    <message>
        <source>Page shown in the preview</source>
        <translation>Page affichée dans l’aperçu</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save the summary as a PDF file</source>
        <translation>Enregistrer le sommaire dans un fichier PDF</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Impr&amp;imer…</translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation>Imprimer le sommaire</translation>
    </message>
    <message>
        <source>Saving and printing</source>
        <translation>Enregistrement et impression</translation>
    </message>
    <message>
        <source>Choose the recipient, the period and the sections, then press Generate. The summary appears here to read before you save or print it.</source>
        <translation>Choisissez le destinataire, la période et les sections, puis appuyez sur Générer. Le sommaire apparaît ici pour que vous le lisiez avant de l’enregistrer ou de l’imprimer.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Preview of the handover summary</source>
        <extracomment>The summary left the dialog: (ReleaseHow, the saved file or None for print).</extracomment>
        <translation>Aperçu du sommaire de transfert</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation>{n} contacts</translation>
    </message>
    <message>
        <source>EMERGENCY · </source>
        <translation>URGENCE · </translation>
    </message>
    <message>
        <source>Handover {id} prepared at {time} · {contacts} · {language} · not yet saved or printed</source>
        <translation>Transfert {id} préparé à {time} · {contacts} · {language} · pas encore enregistré ni imprimé</translation>
    </message>
    <message>
        <source>For {name}</source>
        <translation>Pour {name}</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Page {page} sur {count}</translation>
    </message>
    <message>
        <source>Save handover summary</source>
        <translation>Enregistrer le sommaire de transfert</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}. Choose another folder.</source>
        <translation>Impossible d’enregistrer {path}&#xa0;: {error}. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message>
        <source>Handover summary — {name}</source>
        <translation>Sommaire de transfert — {name}</translation>
    </message>
    <message>
        <source>Print handover summary</source>
        <translation>Imprimer le sommaire de transfert</translation>
    </message>
    <message>
        <source>Could not print: {error}</source>
        <translation>Impossible d’imprimer&#xa0;: {error}</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>l’imprimante</translation>
    </message>
    <message>
        <source>Sent 1 page to {where}.</source>
        <translation>1 page envoyée à {where}.</translation>
    </message>
    <message>
        <source>Sent {n} pages to {where}.</source>
        <translation>{n} pages envoyées à {where}.</translation>
    </message>
</context>
<context>
    <name>HandoverWording</name>
    <message>
        <source>active</source>
        <extracomment>A consent&apos;s state in a few words, lower case for the middle of a sentence.</extracomment>
        <translation>en vigueur</translation>
    </message>
    <message>
        <source>active, expiring soon</source>
        <translation>en vigueur, expire bientôt</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>not yet in force</source>
        <translation>pas encore en vigueur</translation>
    </message>
    <message>
        <source>revoked {date}</source>
        <translation>retiré le {date}</translation>
    </message>
    <message>
        <source>expired {date}</source>
        <translation>expiré le {date}</translation>
    </message>
    <message>
        <source>starts {date}</source>
        <translation>commence le {date}</translation>
    </message>
    <message>
        <source>covers no section</source>
        <translation>ne couvre aucune section</translation>
    </message>
    <message>
        <source>{state} until {date}</source>
        <translation>{state} jusqu’au {date}</translation>
    </message>
    <message>
        <source>in writing</source>
        <translation>par écrit</translation>
    </message>
    <message>
        <source>verbally</source>
        <translation>verbalement</translation>
    </message>
    <message>
        <source>, no end date</source>
        <translation>, sans date de fin</translation>
    </message>
    <message>
        <source>{state}. Consent {id}, given {how} on {date}.</source>
        <translation>{state}. Consentement {id}, donné {how} le {date}.</translation>
    </message>
    <message>
        <source>Purpose: {purpose}</source>
        <translation>But&#xa0;: {purpose}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Covers: {covers}.</source>
        <translation>Couvre&#xa0;: {covers}.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import clients from CSV</source>
        <translation>Importer des client·es d’un fichier CSV</translation>
    </message>
    <message>
        <source>Import clients from a spreadsheet</source>
        <translation>Importer des client·es d’un tableur</translation>
    </message>
    <message>
        <source>Save the spreadsheet as CSV (UTF-8). Nothing is imported until you have seen the preview.</source>
        <translation>Enregistrez le tableur en CSV (UTF-8). Rien n’est importé avant que vous ayez vu l’aperçu.</translation>
    </message>
    <message>
        <source>CSV &amp;file</source>
        <translation>&amp;Fichier CSV</translation>
    </message>
    <message>
        <source>CSV file to import</source>
        <translation>Fichier CSV à importer</translation>
    </message>
    <message>
        <source>clients.csv</source>
        <translation>clients.csv</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Choisir le fichier CSV</translation>
    </message>
    <message>
        <source>Check the clients</source>
        <translation>Vérifier les client·es</translation>
    </message>
    <message>
        <source>Every line is checked as if it were typed into New client. One problem, and nothing is imported.</source>
        <translation>Chaque ligne est vérifiée comme si elle était tapée dans Nouveau·elle client·e. Un seul problème, et rien n’est importé.</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Contenu du fichier</translation>
    </message>
    <message>
        <source>The clients in the file, line by line</source>
        <translation>Les client·es du fichier, ligne par ligne</translation>
    </message>
    <message>
        <source>&amp;Import the likely duplicates too: I checked they are different people</source>
        <translation>&amp;Importer aussi les doublons probables&#xa0;: j’ai vérifié que ce sont des personnes différentes</translation>
    </message>
    <message>
        <source>Import the likely duplicates too</source>
        <translation>Importer aussi les doublons probables</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Likely duplicate: %1</source>
        <translation>Doublon probable&#xa0;: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The first line names the columns, in any order; only &lt;b&gt;preferred_name&lt;/b&gt; is needed:&lt;br/&gt;&lt;code&gt;%1&lt;/code&gt;&lt;br/&gt;Dates as YYYY-MM-DD. &lt;b&gt;worker&lt;/b&gt; is the user name of the worker who carries the client (empty: you).</source>
        <translation>La première ligne nomme les colonnes, dans n’importe quel ordre; seule &lt;b&gt;preferred_name&lt;/b&gt; est nécessaire&#xa0;:&lt;br/&gt;&lt;code&gt;%1&lt;/code&gt;&lt;br/&gt;Les dates au format AAAA-MM-JJ. &lt;b&gt;worker&lt;/b&gt; est le nom d’utilisateur·rice de l’intervenant·e qui suit le ou la client·e (vide&#xa0;: vous).</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>CSV file of clients</source>
        <translation>Fichier CSV de client·es</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the CSV file to import.</source>
        <translation>Choisissez le fichier CSV à importer.</translation>
    </message>
    <message>
        <source>1 client in the file</source>
        <translation>1 client·e dans le fichier</translation>
    </message>
    <message>
        <source>%1 clients in the file</source>
        <translation>%1 client·es dans le fichier</translation>
    </message>
    <message>
        <source>1 line with problems (in red)</source>
        <translation>1 ligne avec des problèmes (en rouge)</translation>
    </message>
    <message>
        <source>%1 lines with problems (in red)</source>
        <translation>%1 lignes avec des problèmes (en rouge)</translation>
    </message>
    <message>
        <source>1 likely duplicate (in amber)</source>
        <translation>1 doublon probable (en orange)</translation>
    </message>
    <message>
        <source>%1 likely duplicates (in amber)</source>
        <translation>%1 doublons probables (en orange)</translation>
    </message>
    <message>
        <source>Fix the file and choose it again (Back): nothing is imported while any line is wrong.</source>
        <translation>Corrigez le fichier et choisissez-le de nouveau (Précédent)&#xa0;: rien n’est importé tant qu’une ligne est erronée.</translation>
    </message>
    <message>
        <source>&amp;Import 1 client</source>
        <translation>&amp;Importer 1 client·e</translation>
    </message>
    <message>
        <source>&amp;Import %1 clients</source>
        <translation>&amp;Importer %1 client·es</translation>
    </message>
    <message>
        <source>1 client registered and on their workers&apos; caseloads.</source>
        <translation>1 client·e inscrit·e et dans la charge de cas de ses intervenant·es.</translation>
    </message>
    <message>
        <source>%1 clients registered and on their workers&apos; caseloads.</source>
        <translation>%1 client·es inscrit·es et dans la charge de cas de leurs intervenant·es.</translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation>Rien n’a été importé&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>New client</source>
        <extracomment>How long after the last key the duplicate check runs (one query per pause, not per key).</extracomment>
        <translation>Nouveau·elle client·e</translation>
    </message>
    <message>
        <source>&amp;Register client</source>
        <translation>&amp;Inscrire la personne</translation>
    </message>
    <message>
        <source>Edit details: {name}</source>
        <translation>Modifier les renseignements&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>Enregistrer les &amp;changements</translation>
    </message>
    <message>
        <source>Changes are saved to the record for everyone who carries this client.</source>
        <translation>Les changements sont enregistrés au dossier pour toutes les personnes qui suivent ce ou cette client·e.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l’instant</translation>
    </message>
    <message>
        <source>{names}   (change them with Assign or transfer…)</source>
        <translation>{names}   (pour les changer&#xa0;: Assigner ou transférer…)</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Intervenant·es</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (vous)</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Intervenant·e</translation>
    </message>
    <message>
        <source> (you)</source>
        <translation> (vous)</translation>
    </message>
    <message>
        <source>Nobody on your team has the worker role yet.</source>
        <translation>Personne dans votre équipe n’a encore le rôle d’intervenant·e.</translation>
    </message>
    <message>
        <source>Could not check for duplicates: {error}</source>
        <translation>Impossible de vérifier les doublons&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Only the preferred name is needed now; the rest can be added later.</source>
        <translation>Seul le nom choisi est requis maintenant; le reste peut être ajouté plus tard.</translation>
    </message>
    <message>
        <source>&amp;Preferred name *</source>
        <translation>&amp;Nom choisi *</translation>
    </message>
    <message>
        <source>Preferred name (required)</source>
        <translation>Nom choisi (obligatoire)</translation>
    </message>
    <message>
        <source>The name they want to be called</source>
        <translation>Le nom par lequel la personne veut être appelée</translation>
    </message>
    <message>
        <source>&amp;Legal name</source>
        <translation>Nom &amp;légal</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nom légal</translation>
    </message>
    <message>
        <source>If different, or needed for referrals</source>
        <translation>S’il est différent, ou requis pour les références</translation>
    </message>
    <message>
        <source>Pro&amp;nouns</source>
        <translation>Pro&amp;noms</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <source>For example she/her, they/them</source>
        <translation>Par exemple elle, iel, il</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Date de naissance</translation>
    </message>
    <message>
        <source>Date of birth, year-month-day</source>
        <translation>Date de naissance, année-mois-jour</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>OK to leave a &amp;message</source>
        <translation>OK pour laisser un &amp;message</translation>
    </message>
    <message>
        <source>OK to leave a message on this phone</source>
        <translation>OK pour laisser un message à ce numéro</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>OK to leave a messa&amp;ge</source>
        <translation>OK pour envoyer un messa&amp;ge</translation>
    </message>
    <message>
        <source>OK to send a message to this email</source>
        <translation>OK pour envoyer un message à ce courriel</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Emergency &amp;contact</source>
        <translation>Personne à joindre en cas d’&amp;urgence</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Personne à joindre en cas d’urgence</translation>
    </message>
    <message>
        <source>Name and phone of someone to call in an emergency</source>
        <translation>Nom et téléphone d’une personne à appeler en cas d’urgence</translation>
    </message>
    <message>
        <source>&amp;Safety-sensitive contact details</source>
        <translation>Coordonnées &amp;sensibles pour la sécurité</translation>
    </message>
    <message>
        <source>Safety-sensitive contact details</source>
        <translation>Coordonnées sensibles pour la sécurité</translation>
    </message>
    <message>
        <source>For someone leaving violence, for example: their phone, email and address are then left out of every handover and export unless a person includes them on purpose, and that choice is recorded.</source>
        <translation>Pour une personne qui fuit la violence, par exemple&#xa0;: son téléphone, son courriel et son adresse sont alors laissés hors de chaque transfert et de chaque exportation, sauf si quelqu’un les inclut délibérément, et ce choix est inscrit.</translation>
    </message>
    <message>
        <source>Leave the contact details out of handovers and exports unless included on purpose</source>
        <translation>Laisser les coordonnées hors des transferts et des exportations, sauf si elles sont incluses délibérément</translation>
    </message>
    <message>
        <source>Left out of handovers and exports unless included on purpose.</source>
        <translation>Laissées hors des transferts et des exportations, sauf si elles sont incluses délibérément.</translation>
    </message>
    <message>
        <source>Preferred lang&amp;uage</source>
        <translation>&amp;Langue préférée</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <source>Ho&amp;w they came</source>
        <translation>&amp;Comment la personne est arrivée</translation>
    </message>
    <message>
        <source>How they came to the agency (referral source)</source>
        <translation>Comment la personne est arrivée à l’organisme (source de référence)</translation>
    </message>
    <message>
        <source>Referral source: self, a hospital, a friend…</source>
        <translation>Source de référence&#xa0;: elle-même, un hôpital, un ami…</translation>
    </message>
    <message>
        <source>Wor&amp;kers</source>
        <translation>Inter&amp;venant·es</translation>
    </message>
    <message>
        <source>Assigned workers: tick one or more</source>
        <translation>Intervenant·es assigné·es&#xa0;: cochez-en un ou plusieurs</translation>
    </message>
    <message>
        <source>Assigned worker</source>
        <translation>Intervenant·e assigné·e</translation>
    </message>
    <message>
        <source>Already registered?</source>
        <translation>Déjà inscrit·e?</translation>
    </message>
    <message>
        <source>Clients with a close name and the same date of birth, or the same phone or email, show here as you type.</source>
        <translation>Les client·es au nom proche et à la même date de naissance, ou au même téléphone ou courriel, s’affichent ici pendant que vous tapez.</translation>
    </message>
    <message>
        <source>Duplicate check</source>
        <translation>Vérification des doublons</translation>
    </message>
    <message>
        <source>Clients who may be the same person</source>
        <translation>Client·es qui pourraient être la même personne</translation>
    </message>
    <message>
        <source>A client with these details may already be registered — ask your supervisor.</source>
        <translation>Un·e client·e avec ces renseignements est peut-être déjà inscrit·e — demandez à votre superviseur·e.</translation>
    </message>
    <message>
        <source>&amp;This is a different person</source>
        <translation>&amp;C’est une personne différente</translation>
    </message>
    <message>
        <source>This is a different person</source>
        <translation>C’est une personne différente</translation>
    </message>
    <message>
        <source>Register anyway: the client is not one of the records listed</source>
        <translation>Inscrire quand même&#xa0;: la personne n’est aucun des dossiers affichés</translation>
    </message>
</context>
<context>
    <name>KeyPromptDialog</name>
    <message>
        <source>pswdesk — recovery key</source>
        <translation>pswdesk — clé de récupération</translation>
    </message>
    <message>
        <source>Type the recovery key</source>
        <translation>Tapez la clé de récupération</translation>
    </message>
    <message>
        <source>This database is encrypted</source>
        <translation>Cette base de données est chiffrée</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>Clé de &amp;récupération</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>14 groups of 4 letters and digits; spaces and dashes do not matter</source>
        <translation>14 groupes de 4 lettres et chiffres; les espaces et les tirets ne comptent pas</translation>
    </message>
    <message>
        <source>Problem with the key</source>
        <translation>Problème avec la clé</translation>
    </message>
    <message>
        <source>Re&amp;member this key on this computer (keyring)</source>
        <translation>Se sou&amp;venir de cette clé sur cet ordinateur (trousseau de clés)</translation>
    </message>
    <message>
        <source>Remember this key on this computer</source>
        <translation>Se souvenir de cette clé sur cet ordinateur</translation>
    </message>
    <message>
        <source>About the keyring</source>
        <translation>À propos du trousseau de clés</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Ouverture de la base de données</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit pswdesk</source>
        <translation>Quitter pswdesk</translation>
    </message>
    <message>
        <source>This key does not open the database. Check each group against the recovery sheet; nothing was changed.</source>
        <translation>Cette clé n’ouvre pas la base de données. Vérifiez chaque groupe avec la feuille de récupération; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>le fichier %1</translation>
    </message>
    <message>
        <source>The database (%1) is encrypted, and this computer does not hold its key. Type or paste the recovery key that was shown when the agency was set up: 14 groups of 4 letters and digits, as on the printed recovery sheet.</source>
        <translation>La base de données (%1) est chiffrée, et cet ordinateur n’a pas sa clé. Tapez ou collez la clé de récupération montrée à la configuration de l’organisme&#xa0;: 14 groupes de 4 lettres et chiffres, comme sur la feuille de récupération imprimée.</translation>
    </message>
    <message>
        <source>pswdesk will ask for the recovery key each time it starts on this computer; it never writes the key to a file.</source>
        <translation>pswdesk demandera la clé de récupération à chaque démarrage sur cet ordinateur; il n’écrit jamais la clé dans un fichier.</translation>
    </message>
    <message>
        <source>Type or paste the recovery key first.</source>
        <translation>Tapez ou collez d’abord la clé de récupération.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture en cours…</translation>
    </message>
    <message>
        <source>The database is open, but the key could not be kept in the keyring: %1 pswdesk will ask for it again at the next start.</source>
        <translation>La base de données est ouverte, mais la clé n’a pas pu être gardée dans le trousseau&#xa0;: %1 pswdesk la demandera de nouveau au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Open the database with this key</source>
        <translation>Ouvrir la base de données avec cette clé</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Language on this computer</source>
        <translation>Langue sur cet ordinateur</translation>
    </message>
    <message>
        <source>System (as the computer is set)</source>
        <translation>Système (selon le réglage de l’ordinateur)</translation>
    </message>
    <message>
        <source>Language of the windows</source>
        <translation>Langue des fenêtres</translation>
    </message>
    <message>
        <source>English or French for pswdesk&apos;s windows, or as the computer is set</source>
        <translation>Anglais ou français pour les fenêtres de pswdesk, ou selon le réglage de l’ordinateur</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>A new choice applies the next time pswdesk starts.</source>
        <translation>Un nouveau choix s’applique au prochain démarrage de pswdesk.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>As the &amp;system is set</source>
        <translation>Selon le réglage du &amp;système</translation>
    </message>
    <message>
        <source>The new language applies the next time pswdesk starts.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de pswdesk.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Number of items</source>
        <translation>Nombre d’entrées</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Rien ici.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
</context>
<context>
    <name>ListPages</name>
    <message>
        <source>Nothing here.</source>
        <translation>Rien ici.</translation>
    </message>
    <message>
        <source>Notes you started and have not submitted yet. Drafts are saved as you type; one started by mistake can be deleted (Delete).</source>
        <translation>Les notes que vous avez commencées et pas encore soumises. Les brouillons s’enregistrent pendant que vous tapez; un brouillon commencé par erreur peut être supprimé (Suppr).</translation>
    </message>
    <message>
        <source>You have no unfinished notes.</source>
        <translation>Vous n’avez aucune note inachevée.</translation>
    </message>
    <message>
        <source>Notes your supervisor sent back with a comment. Fix them and submit again.</source>
        <translation>Les notes que votre superviseur·e vous a renvoyées avec un commentaire. Corrigez-les et soumettez-les de nouveau.</translation>
    </message>
    <message>
        <source>No notes have been returned to you.</source>
        <translation>Aucune note ne vous a été retournée.</translation>
    </message>
    <message>
        <source>Submitted notes from your team. High and imminent risk come first, then the notes that have waited longest.</source>
        <translation>Les notes soumises par votre équipe. Les risques élevés et imminents d’abord, puis les notes qui attendent depuis le plus longtemps.</translation>
    </message>
    <message>
        <source>Nothing is waiting for your review.</source>
        <translation>Rien n’attend votre révision.</translation>
    </message>
    <message>
        <source>Check-ins you planned, due in the next 7 days, overdue ones first.</source>
        <translation>Les suivis que vous avez prévus dans les 7 prochains jours, ceux en retard d’abord.</translation>
    </message>
    <message>
        <source>No follow-ups are due in the next 7 days.</source>
        <translation>Aucun suivi prévu dans les 7 prochains jours.</translation>
    </message>
    <message>
        <source>Workers on your team asked to talk a hard contact through. What they wrote in step 8 is seen only by them and their supervisors.</source>
        <translation>Des intervenant·es de votre équipe ont demandé à revenir sur un contact difficile. Ce qu’ils et elles ont écrit à l’étape 8 n’est vu que par eux, elles et leurs superviseur·es.</translation>
    </message>
    <message>
        <source>No debrief requests are waiting.</source>
        <translation>Aucune demande de débreffage en attente.</translation>
    </message>
    <message>
        <source>&amp;Open note</source>
        <extracomment>Submitted, approved and returned notes move between these lists (an autosave, announced as NOTE alone, does not, and must not reset the list under the user).</extracomment>
        <translation>&amp;Ouvrir la note</translation>
    </message>
    <message>
        <source>Open the selected note</source>
        <translation>Ouvrir la note sélectionnée</translation>
    </message>
    <message>
        <source>Double-click a note, or select it and press Enter, to open it.</source>
        <translation>Double-cliquez sur une note, ou sélectionnez-la et appuyez sur Entrée, pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Your draft for {name} was deleted.</source>
        <translation>Votre brouillon pour {name} a été supprimé.</translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation>&amp;Supprimer le brouillon…</translation>
    </message>
    <message>
        <source>Delete the selected draft</source>
        <translation>Supprimer le brouillon sélectionné</translation>
    </message>
    <message>
        <source>Delete the selected draft, never submitted (Delete)</source>
        <translation>Supprimer le brouillon sélectionné, jamais soumis (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Open client</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the client of the selected follow-up</source>
        <translation>Ouvrir le dossier du suivi sélectionné</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Marquer comme &amp;fait…</translation>
    </message>
    <message>
        <source>Close the selected follow-up with an outcome</source>
        <translation>Clore le suivi sélectionné avec un résultat</translation>
    </message>
    <message>
        <source>Reached, no answer, left a message, or reschedule it</source>
        <translation>Joint·e, pas de réponse, message laissé, ou le reporter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the follow-up just closed</source>
        <translation>Annuler la clôture du suivi</translation>
    </message>
    <message>
        <source>Include my &amp;team&apos;s overdue follow-ups</source>
        <extracomment>The follow-up closed last in this session, which Undo reopens.</extracomment>
        <translation>Inclure les suivis en retard de mon &amp;équipe</translation>
    </message>
    <message>
        <source>Undone: {name}, open again.</source>
        <translation>Annulé&#xa0;: {name}, de nouveau ouvert.</translation>
    </message>
    <message>
        <source>Open the note behind the selected request</source>
        <translation>Ouvrir la note liée à la demande sélectionnée</translation>
    </message>
    <message>
        <source>Mark &amp;held…</source>
        <translation>Marquer comme &amp;tenu…</translation>
    </message>
    <message>
        <source>Record that the selected debrief was held</source>
        <translation>Inscrire que le débreffage sélectionné a eu lieu</translation>
    </message>
    <message>
        <source>Show requests already &amp;held</source>
        <translation>Afficher les demandes déjà &amp;tenues</translation>
    </message>
    <message>
        <source>Held {date} by {name}</source>
        <translation>Tenu le {date} par {name}</translation>
    </message>
    <message>
        <source>Choose a request that is still waiting.</source>
        <translation>Choisissez une demande encore en attente.</translation>
    </message>
    <message>
        <source>Debrief held</source>
        <translation>Débreffage tenu</translation>
    </message>
    <message>
        <source>Debrief with {name} held. A short note (optional):</source>
        <translation>Débreffage avec {name} tenu. Une courte note (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Debrief with {name} marked held.</source>
        <translation>Débreffage avec {name} marqué comme tenu.</translation>
    </message>
    <message>
        <source>Every open file of your team has had a contact recently.</source>
        <translation>Chaque dossier ouvert de votre équipe a eu un contact récemment.</translation>
    </message>
    <message>
        <source>Referrals on your team&apos;s clients that are still suggested or made, with no answer for longer than the agency allows (Agency settings). Longest waiting first.</source>
        <translation>Les références des client·es de votre équipe encore suggérées ou faites, sans réponse depuis plus longtemps que l’organisme le permet (Paramètres de l’organisme). Les plus longues attentes d’abord.</translation>
    </message>
    <message>
        <source>Every referral on your team has had an answer in time.</source>
        <translation>Chaque référence de votre équipe a reçu une réponse à temps.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — pswdesk</source>
        <translation>Connexion — pswdesk</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>pswdesk logo</source>
        <translation>Logo de pswdesk</translation>
    </message>
    <message>
        <source>Log in with your pswdesk account.</source>
        <translation>Connectez-vous avec votre compte pswdesk.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nom d’&amp;utilisateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Login problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>Demo accounts (fictional data)</source>
        <translation>Comptes de démonstration (données fictives)</translation>
    </message>
    <message>
        <source>This is a demo database. Double-click an account to fill in its user name and password.</source>
        <translation>Ceci est une base de données de démonstration. Double-cliquez sur un compte pour remplir son nom d’utilisateur et son mot de passe.</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Comptes de démonstration</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Log &amp;out instead</source>
        <translation>Se &amp;déconnecter plutôt</translation>
    </message>
    <message>
        <source>Log out instead of unlocking</source>
        <translation>Se déconnecter au lieu de déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit pswdesk</source>
        <translation>Quitter pswdesk</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Unlock — pswdesk</source>
        <translation>Déverrouiller — pswdesk</translation>
    </message>
    <message>
        <source>The screen was locked. {name}, enter your password to carry on where you left off.</source>
        <translation>L’écran a été verrouillé. {name}, entrez votre mot de passe pour reprendre là où vous en étiez.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>This is a demo database. Its accounts and their password were printed where &apos;pswdesk demo&apos; was started.</source>
        <translation>Ceci est une base de données de démonstration. Ses comptes et leur mot de passe ont été affichés là où «&#xa0;pswdesk demo&#xa0;» a été lancé.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Entrez votre nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Entrez votre mot de passe.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Only the person who locked the screen can unlock it.</source>
        <translation>Seule la personne qui a verrouillé l’écran peut le déverrouiller.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>pswdesk main window</source>
        <translation>Fenêtre principale de pswdesk</translation>
    </message>
    <message>
        <source>DEMO DATA — every client and note here is fictional. Do not enter real client information.</source>
        <translation>DONNÉES DE DÉMONSTRATION — chaque client·e et chaque note ici sont fictifs. N’entrez pas de vrais renseignements sur des client·es.</translation>
    </message>
    <message>
        <source>Demo data banner</source>
        <translation>Bandeau des données de démonstration</translation>
    </message>
    <message>
        <source>Backup warning</source>
        <translation>Avertissement de sauvegarde</translation>
    </message>
    <message>
        <source>Logged-in user</source>
        <translation>Personne connectée</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Choose a view; Control and a number jump straight to it</source>
        <translation>Choisissez une vue; Ctrl et un chiffre y mènent directement</translation>
    </message>
    <message>
        <source>Lock screen   Ctrl+L</source>
        <translation>Verrouiller l’écran   Ctrl+L</translation>
    </message>
    <message>
        <source>Lock the screen</source>
        <translation>Verrouiller l’écran</translation>
    </message>
    <message>
        <source>Log out   Ctrl+Shift+L</source>
        <translation>Se déconnecter   Ctrl+Maj+L</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Open views and client records</source>
        <translation>Vues et dossiers ouverts</translation>
    </message>
    <message>
        <source>Current view</source>
        <translation>Vue actuelle</translation>
    </message>
    <message>
        <source>pswdesk is locked</source>
        <translation>pswdesk est verrouillé</translation>
    </message>
    <message>
        <source>Client records are hidden. Your open work is kept; log in again to carry on.</source>
        <translation>Les dossiers des client·es sont masqués. Votre travail ouvert est gardé; reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Déverrouiller…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Client·e</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>&amp;Verrouiller l’écran</translation>
    </message>
    <message>
        <source>Hide client records until you log in again</source>
        <translation>Masquer les dossiers des client·es jusqu’à votre reconnexion</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Chercher…</translation>
    </message>
    <message>
        <source>Move to the search box of the current view</source>
        <translation>Aller à la zone de recherche de la vue actuelle</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actualise&amp;r</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>Onglet &amp;suivant</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>Onglet &amp;précédent</translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <source>&amp;Close client record</source>
        <translation>&amp;Fermer le dossier</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>New &amp;client…</source>
        <translation>Nouveau·elle &amp;client·e…</translation>
    </message>
    <message>
        <source>Register a client: their details, who carries them, and a check for duplicates</source>
        <translation>Inscrire un·e client·e&#xa0;: ses renseignements, qui le ou la suit, et une vérification des doublons</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Import clients from CSV…</source>
        <translation>&amp;Importer des client·es d’un fichier CSV…</translation>
    </message>
    <message>
        <source>Register many clients at once from a spreadsheet saved as CSV (supervisors)</source>
        <translation>Inscrire plusieurs client·es à la fois à partir d’un tableur enregistré en CSV (superviseur·es)</translation>
    </message>
    <message>
        <source>&amp;Reassign a caseload…</source>
        <translation>Réa&amp;ssigner une charge de cas…</translation>
    </message>
    <message>
        <source>Move a worker&apos;s clients to another worker of your team, when someone leaves or is away</source>
        <translation>Déplacer les client·es d’un·e intervenant·e vers un·e autre intervenant·e de votre équipe, quand quelqu’un part ou s’absente</translation>
    </message>
    <message>
        <source>&amp;New note…</source>
        <translation>&amp;Nouvelle note…</translation>
    </message>
    <message>
        <source>Write a note for the client whose record is open</source>
        <translation>Rédiger une note pour le ou la client·e dont le dossier est ouvert</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New note from &amp;last…</source>
        <translation>Nouvelle note à partir de la &amp;dernière…</translation>
    </message>
    <message>
        <source>Start a note that carries forward the open goals and risk indicators of the last one</source>
        <translation>Commencer une note qui reprend les objectifs ouverts et les indicateurs de risque de la dernière</translation>
    </message>
    <message>
        <source>Ctrl+Alt+N</source>
        <translation>Ctrl+Alt+N</translation>
    </message>
    <message>
        <source>&amp;Handover summary…</source>
        <translation>Sommaire de &amp;transfert…</translation>
    </message>
    <message>
        <source>Prepare a summary of the open client&apos;s record for another provider, under the client&apos;s consent</source>
        <translation>Préparer un sommaire du dossier ouvert pour un autre fournisseur, selon le consentement du ou de la client·e</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About pswdesk</source>
        <translation>À &amp;propos de pswdesk</translation>
    </message>
    <message>
        <source>My caseload</source>
        <extracomment>The daily backup&apos;s first check waits this long after login (see BackupSchedule).</extracomment>
        <translation>Ma charge de cas</translation>
    </message>
    <message>
        <source>Team caseload</source>
        <translation>Charge de cas de l’équipe</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>{name} — Ctrl+W closes</source>
        <translation>{name} — Ctrl+W ferme</translation>
    </message>
    <message>
        <source>Open a client&apos;s record first, or select a client in your caseload, then press Ctrl+N.</source>
        <translation>Ouvrez d’abord le dossier d’un·e client·e, ou sélectionnez une personne dans votre charge de cas, puis appuyez sur Ctrl+N.</translation>
    </message>
    <message>
        <source>Only supervisors register clients at this agency; ask your supervisor.</source>
        <translation>Seul·es les superviseur·es inscrivent les client·es dans cet organisme; demandez à votre superviseur·e.</translation>
    </message>
    <message>
        <source>Administrators have no access to clients; a supervisor or worker registers them.</source>
        <translation>Les administrateur·rices n’ont pas accès aux client·es; un·e superviseur·e ou un·e intervenant·e les inscrit.</translation>
    </message>
    <message>
        <source>{name} is registered.</source>
        <translation>{name} est inscrit·e.</translation>
    </message>
    <message>
        <source>{n} clients imported.</source>
        <translation>{n} client·es importé·es.</translation>
    </message>
    <message>
        <source>{n} clients moved.</source>
        <translation>{n} client·es déplacé·es.</translation>
    </message>
    <message>
        <source>Open a client&apos;s record first, then press Ctrl+Shift+H for their handover summary.</source>
        <translation>Ouvrez d’abord le dossier d’un·e client·e, puis appuyez sur Ctrl+Maj+H pour son sommaire de transfert.</translation>
    </message>
    <message>
        <source>Unfinished note</source>
        <translation>Note inachevée</translation>
    </message>
    <message>
        <source>pswdesk closed while your note for {name} was open. Everything up to the last few seconds was saved. Open it again now?</source>
        <translation>pswdesk s’est fermé pendant que votre note pour {name} était ouverte. Tout ce qui précède les dernières secondes a été enregistré. La rouvrir maintenant?</translation>
    </message>
    <message>
        <source>Open the note</source>
        <translation>Ouvrir la note</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Log &amp;brief contact…</source>
        <translation>Inscrire un &amp;bref contact…</translation>
    </message>
    <message>
        <source>A phone call, text or drop-in, for the client in front or selected</source>
        <translation>Un appel, un texto ou une visite sans rendez-vous, pour le ou la client·e affiché·e ou sélectionné·e</translation>
    </message>
    <message>
        <source>Select a client in your caseload, or open their record, then press Ctrl+Shift+B.</source>
        <translation>Sélectionnez une personne dans votre charge de cas, ou ouvrez son dossier, puis appuyez sur Ctrl+Maj+B.</translation>
    </message>
    <message>
        <source>Brief contact with {name} logged.</source>
        <translation>Bref contact avec {name} inscrit.</translation>
    </message>
    <message>
        <source>C&amp;hange password…</source>
        <translation>C&amp;hanger le mot de passe…</translation>
    </message>
    <message>
        <source>Choose a new password for your own account</source>
        <translation>Choisir un nouveau mot de passe pour votre propre compte</translation>
    </message>
    <message>
        <source>Your password is changed. Use the new one from now on.</source>
        <translation>Votre mot de passe est changé. Utilisez le nouveau dorénavant.</translation>
    </message>
    <message>
        <source>Find &amp;notes…</source>
        <translation>Chercher dans les &amp;notes…</translation>
    </message>
    <message>
        <source>Search the words of every note you may see</source>
        <translation>Chercher dans le texte de chaque note que vous pouvez voir</translation>
    </message>
    <message>
        <source>Find notes</source>
        <translation>Chercher dans les notes</translation>
    </message>
    <message>
        <source>Search every note you may see</source>
        <translation>Chercher dans chaque note que vous pouvez voir</translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation>Actualisé.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Locked — {agency} — pswdesk</source>
        <translation>Verrouillé — {agency} — pswdesk</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two records</source>
        <translation>Fusionner deux dossiers</translation>
    </message>
    <message>
        <source>Two records of one person become one: every note, goal, plan, referral, consent and disclosure moves to the record kept, and the other is closed as merged into it. Signed notes stay valid. A merge cannot be undone.</source>
        <translation>Deux dossiers d’une même personne n’en font plus qu’un&#xa0;: chaque note, objectif, plan, référence, consentement et divulgation passe au dossier gardé, et l’autre est fermé comme fusionné avec lui. Les notes signées restent valides. Une fusion ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>&amp;Find the other record</source>
        <translation>&amp;Trouver l’autre dossier</translation>
    </message>
    <message>
        <source>Search clients by name</source>
        <translation>Chercher des client·es par nom</translation>
    </message>
    <message>
        <source>Name, preferred or legal</source>
        <translation>Nom choisi ou légal</translation>
    </message>
    <message>
        <source>Clients found</source>
        <translation>Client·es trouvé·es</translation>
    </message>
    <message>
        <source>This record</source>
        <translation>Ce dossier</translation>
    </message>
    <message>
        <source>&amp;Keep this record</source>
        <translation>&amp;Garder ce dossier</translation>
    </message>
    <message>
        <source>Keep the record open now</source>
        <translation>Garder le dossier ouvert maintenant</translation>
    </message>
    <message>
        <source>The other record</source>
        <translation>L’autre dossier</translation>
    </message>
    <message>
        <source>Kee&amp;p this record</source>
        <translation>Gar&amp;der ce dossier</translation>
    </message>
    <message>
        <source>Keep the other record</source>
        <translation>Garder l’autre dossier</translation>
    </message>
    <message>
        <source>I have checked: these two records are the &amp;same person</source>
        <translation>J’ai vérifié&#xa0;: ces deux dossiers sont la &amp;même personne</translation>
    </message>
    <message>
        <source>These two records are the same person</source>
        <translation>Ces deux dossiers sont la même personne</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client·e</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nom légal</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigné·e à</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Client since</source>
        <translation>Client·e depuis</translation>
    </message>
    <message>
        <source>Merge {name}&apos;s record with another</source>
        <translation>Fusionner le dossier de {name} avec un autre</translation>
    </message>
    <message>
        <source>&amp;Merge records</source>
        <translation>&amp;Fusionner les dossiers</translation>
    </message>
    <message>
        <source>Find the other record above and select it.</source>
        <translation>Trouvez l’autre dossier ci-dessus et sélectionnez-le.</translation>
    </message>
    <message>
        <source>No other client matches &quot;{term}&quot;.</source>
        <translation>Aucun·e autre client·e ne correspond à « {term} ».</translation>
    </message>
    <message>
        <source>Select the record that is the same person.</source>
        <translation>Sélectionnez le dossier de la même personne.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>That record was already merged into client {id}.</source>
        <translation>Ce dossier a déjà été fusionné avec le ou la client·e {id}.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>My caseload</source>
        <translation>Ma charge de cas</translation>
    </message>
    <message>
        <source>Clients assigned to you, most at risk first</source>
        <translation>Client·es qui vous sont assigné·es, les plus à risque d’abord</translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation>Mes brouillons</translation>
    </message>
    <message>
        <source>Notes you have not submitted yet</source>
        <translation>Notes que vous n’avez pas encore soumises</translation>
    </message>
    <message>
        <source>Returned to me</source>
        <translation>Retournées à moi</translation>
    </message>
    <message>
        <source>Notes your supervisor sent back with a comment</source>
        <translation>Notes que votre superviseur·e vous a renvoyées avec un commentaire</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Suivis à faire</translation>
    </message>
    <message>
        <source>Check-ins due in the next week</source>
        <translation>Suivis prévus dans la semaine qui vient</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>File de révision</translation>
    </message>
    <message>
        <source>Notes waiting for your sign-off, urgent first</source>
        <translation>Notes qui attendent votre approbation, les urgentes d’abord</translation>
    </message>
    <message>
        <source>Team caseload</source>
        <translation>Charge de cas de l’équipe</translation>
    </message>
    <message>
        <source>Every client of your team</source>
        <translation>Chaque client·e de votre équipe</translation>
    </message>
    <message>
        <source>Debrief requests</source>
        <translation>Demandes de débreffage</translation>
    </message>
    <message>
        <source>Workers who asked to talk a contact through</source>
        <translation>Intervenant·es qui ont demandé à revenir sur un contact</translation>
    </message>
    <message>
        <source>Stale referrals</source>
        <translation>Références sans réponse</translation>
    </message>
    <message>
        <source>The team&apos;s referrals with no answer for too long</source>
        <translation>Les références de l’équipe restées trop longtemps sans réponse</translation>
    </message>
    <message>
        <source>No recent contact</source>
        <translation>Aucun contact récent</translation>
    </message>
    <message>
        <source>Open files nobody has been in contact with for a while</source>
        <translation>Dossiers ouverts avec qui personne n’a été en contact depuis un moment</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Supervision sessions, hours per worker, and how many notes are reviewed</source>
        <translation>Séances de supervision, heures par intervenant·e et nombre de notes révisées</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Counts for funders and supervisors, with charts; save as CSV or PDF, or print</source>
        <translation>Chiffres pour les bailleurs de fonds et les superviseur·es, avec graphiques; enregistrer en CSV ou en PDF, ou imprimer</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Staff accounts and roles</source>
        <translation>Comptes et rôles du personnel</translation>
    </message>
    <message>
        <source>Agency settings</source>
        <translation>Paramètres de l’organisme</translation>
    </message>
    <message>
        <source>Agency details and rules</source>
        <translation>Coordonnées et règles de l’organisme</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Who did what, and when: every change, sign-off and sign-in</source>
        <translation>Qui a fait quoi, et quand&#xa0;: chaque changement, approbation et connexion</translation>
    </message>
    <message>
        <source>Emergency disclosures</source>
        <translation>Divulgations d’urgence</translation>
    </message>
    <message>
        <source>Handovers made without consent: who, when, to whom, why; acknowledge them</source>
        <translation>Transferts faits sans consentement&#xa0;: qui, quand, à qui, pourquoi; en prendre connaissance</translation>
    </message>
    <message>
        <source>Export / Import</source>
        <translation>Exportation / Importation</translation>
    </message>
    <message>
        <source>The agency&apos;s records out to a folder, or into an empty agency</source>
        <translation>Les dossiers de l’organisme exportés vers un dossier, ou importés dans un organisme vide</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>Sauvegarde et restauration</translation>
    </message>
    <message>
        <source>Daily backups, Back up now, and restoring a backup</source>
        <translation>Sauvegardes quotidiennes, Sauvegarder maintenant, et restauration d’une sauvegarde</translation>
    </message>
    <message>
        <source>  [DEMO DATA]</source>
        <translation>  [DONNÉES DE DÉMONSTRATION]</translation>
    </message>
</context>
<context>
    <name>NeedsContactSection</name>
    <message>
        <source>No contact on record</source>
        <translation>Aucun contact au dossier</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>Il y a 1 jour</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>Il y a {n} jours</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} jours</translation>
    </message>
    <message>
        <source>Nobody assigned</source>
        <translation>Personne d’assigné</translation>
    </message>
    <message>
        <source>Clients who need contact</source>
        <translation>Client·es à joindre</translation>
    </message>
    <message>
        <source>Open &amp;record</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Open the record of the selected client to reach</source>
        <translation>Ouvrir le dossier du ou de la client·e sélectionné·e à joindre</translation>
    </message>
    <message>
        <source>Needs contact: 1 client at imminent or high risk</source>
        <translation>À joindre&#xa0;: 1 client·e à risque imminent ou élevé</translation>
    </message>
    <message>
        <source>Needs contact: {n} clients at imminent or high risk</source>
        <translation>À joindre&#xa0;: {n} client·es à risque imminent ou élevé</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>{n} days at {level} risk</source>
        <translation>{n} jours à risque {level}</translation>
    </message>
    <message>
        <source>Nobody has been in touch within {within}, and no follow-up is planned. Reach them first: a note, a brief contact or a follow-up takes them off this list.</source>
        <translation>Personne n’a été en contact dans les {within}, et aucun suivi n’est prévu. Joignez ces personnes d’abord&#xa0;: une note, un bref contact ou un suivi les retire de cette liste.</translation>
    </message>
    <message>
        <source>The clients who need contact could not be listed: {error}</source>
        <translation>Les client·es à joindre n’ont pas pu être listé·es&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>NoContactPage</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} jours</translation>
    </message>
    <message>
        <source>Without contact for</source>
        <extracomment>The short spans a supervisor can switch to, besides the agency&apos;s own number of days.</extracomment>
        <translation>Sans contact depuis</translation>
    </message>
    <message>
        <source>the agency&apos;s number of days</source>
        <translation>le nombre de jours de l’organisme</translation>
    </message>
    <message>
        <source>&amp;Without contact for</source>
        <translation>&amp;Sans contact depuis</translation>
    </message>
    <message>
        <source>&amp;Open client</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the selected client&apos;s record</source>
        <translation>Ouvrir le dossier du ou de la client·e sélectionné·e</translation>
    </message>
    <message>
        <source>&amp;Close file…</source>
        <translation>&amp;Fermer le dossier…</translation>
    </message>
    <message>
        <source>Close the selected client&apos;s file</source>
        <translation>Fermer le dossier du ou de la client·e sélectionné·e</translation>
    </message>
    <message>
        <source>Reach out, or close the file if support has ended. Nothing closes by itself.</source>
        <translation>Prenez contact, ou fermez le dossier si le soutien a pris fin. Rien ne se ferme de lui-même.</translation>
    </message>
    <message>
        <source>{n} days (the agency&apos;s setting)</source>
        <translation>{n} jours (le réglage de l’organisme)</translation>
    </message>
    <message>
        <source>Your team&apos;s open files with no contact for {span} or more, longest first.</source>
        <translation>Les dossiers ouverts de votre équipe sans contact depuis {span} ou plus, les plus anciens d’abord.</translation>
    </message>
    <message>
        <source>{name}&apos;s file is closed.</source>
        <translation>Le dossier de {name} est fermé.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Case note</source>
        <translation>Note de suivi</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client·e</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Nom du ou de la client·e</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Submitted — waiting for review</source>
        <translation>Soumise — en attente de révision</translation>
    </message>
    <message>
        <source>Returned to you</source>
        <translation>Retournée à vous</translation>
    </message>
    <message>
        <source>Approved and signed</source>
        <translation>Approuvée et signée</translation>
    </message>
    <message>
        <source>Not saved yet — retrying…</source>
        <translation>Pas encore enregistrée — nouvel essai…</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>à corriger</translation>
    </message>
    <message>
        <source>not addressed</source>
        <translation>non abordée</translation>
    </message>
    <message>
        <source>filled</source>
        <translation>remplie</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>Prompts for step {n}</source>
        <translation>Pistes pour l’étape {n}</translation>
    </message>
    <message>
        <source>Not addressed in this contact</source>
        <translation>Non abordée lors de ce contact</translation>
    </message>
    <message>
        <source>Step {n} not addressed</source>
        <translation>Étape {n} non abordée</translation>
    </message>
    <message>
        <source>Check and submit</source>
        <translation>Vérifier et soumettre</translation>
    </message>
    <message>
        <source>Filed without review</source>
        <translation>Classée sans révision</translation>
    </message>
    <message>
        <source>Note — {name} — {date}</source>
        <translation>Note — {name} — {date}</translation>
    </message>
    <message>
        <source>Returned by your supervisor: {comment}</source>
        <translation>Retournée par votre superviseur·e&#xa0;: {comment}</translation>
    </message>
    <message>
        <source> by {name} on {when}</source>
        <translation> par {name} le {when}</translation>
    </message>
    <message>
        <source>Approved{signed}. Signed notes cannot change; add an addendum instead.</source>
        <translation>Approuvée{signed}. Une note signée ne peut plus changer; ajoutez plutôt un addenda.</translation>
    </message>
    <message>
        <source>This note is read-only for you.</source>
        <translation>Cette note est en lecture seule pour vous.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Enregistrée à {time}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistrée</translation>
    </message>
    <message>
        <source>Not saved: {error}. Your text is still here; copy it before reloading.</source>
        <translation>Non enregistrée&#xa0;: {error}. Votre texte est toujours ici; copiez-le avant de recharger.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Non enregistrée&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Not submitted yet: a few things need attention (listed below).</source>
        <translation>Pas encore soumise&#xa0;: quelques points sont à corriger (voir ci-dessous).</translation>
    </message>
    <message>
        <source>Submitted. Your supervisor will review it.</source>
        <translation>Soumise. Votre superviseur·e va la réviser.</translation>
    </message>
    <message>
        <source>Not submitted yet: a few things need attention.</source>
        <translation>Pas encore soumise&#xa0;: quelques points sont à corriger.</translation>
    </message>
    <message>
        <source>Not submitted: {error}</source>
        <translation>Non soumise&#xa0;: {error}</translation>
    </message>
    <message>
        <source>This note is no longer editable.</source>
        <translation>Cette note ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>Everything needed is here.</source>
        <translation>Tout ce qu’il faut est là.</translation>
    </message>
    <message>
        <source>Submit sends it to your supervisor; if it comes back, you can still change it.</source>
        <translation>Soumettre l’envoie à votre superviseur·e; si elle vous revient, vous pourrez encore la modifier.</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>Note non enregistrée</translation>
    </message>
    <message>
        <source>The latest changes could not be saved. Close anyway and lose them?</source>
        <translation>Les derniers changements n’ont pas pu être enregistrés. Fermer quand même et les perdre?</translation>
    </message>
    <message>
        <source>Note status</source>
        <translation>État de la note</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Steps of the note</source>
        <translation>Étapes de la note</translation>
    </message>
    <message>
        <source>Step page</source>
        <translation>Page de l’étape</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Détails du contact</translation>
    </message>
    <message>
        <source>When and how you met, and one or two lines a colleague could read at a glance.</source>
        <translation>Quand et comment vous vous êtes rencontrés, et une ou deux lignes qu’un·e collègue pourrait lire d’un coup d’œil.</translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation>&amp;Date et heure</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy  HH:mm</source>
        <translation>ddd d MMM yyyy  HH:mm</translation>
    </message>
    <message>
        <source>Contact date and time</source>
        <translation>Date et heure du contact</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;urée</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source>&amp;Type of contact</source>
        <translation>&amp;Type de contact</translation>
    </message>
    <message>
        <source>Type of contact</source>
        <translation>Type de contact</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>e.g. drop-in centre, client&apos;s home, phone</source>
        <translation>p. ex. centre de jour, domicile de la personne, téléphone</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Résumé</translation>
    </message>
    <message>
        <source>What this contact was about, in a sentence or two</source>
        <translation>Le sujet de ce contact, en une phrase ou deux</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>← &amp;Previous</source>
        <translation>← &amp;Précédente</translation>
    </message>
    <message>
        <source>Previous step (Ctrl+Page Up)</source>
        <translation>Étape précédente (Ctrl+Page préc.)</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Suivante →</translation>
    </message>
    <message>
        <source>Next step (Ctrl+Page Down)</source>
        <translation>Étape suivante (Ctrl+Page suiv.)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Drafts also save by themselves a moment after you stop typing (Ctrl+S)</source>
        <translation>Les brouillons s’enregistrent aussi d’eux-mêmes un moment après que vous arrêtez de taper (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review</source>
        <translation>Sou&amp;mettre pour révision</translation>
    </message>
    <message>
        <source>Check the note and send it to your supervisor (Ctrl+Enter)</source>
        <translation>Vérifier la note et l’envoyer à votre superviseur·e (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Soumettre pour révision</translation>
    </message>
</context>
<context>
    <name>NoteFields</name>
    <message>
        <source>Type and separate with commas, e.g. </source>
        <translation>Tapez et séparez par des virgules, p. ex. </translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non fixée</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Effacer la date</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>Dans une semaine</translation>
    </message>
    <message>
        <source>Set the date one week from today</source>
        <translation>Fixer la date à une semaine d’aujourd’hui</translation>
    </message>
    <message>
        <source>Goal, in the client&apos;s words</source>
        <translation>Objectif, dans les mots de la personne</translation>
    </message>
    <message>
        <source>Why it matters to them</source>
        <translation>Pourquoi c’est important pour elle</translation>
    </message>
    <message>
        <source>Target date (YYYY-MM-DD)</source>
        <translation>Date visée (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Progress noted today</source>
        <translation>Progrès notés aujourd’hui</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Force</translation>
    </message>
    <message>
        <source>Past success</source>
        <translation>Réussite passée</translation>
    </message>
    <message>
        <source>Support person</source>
        <translation>Personne de soutien</translation>
    </message>
    <message>
        <source>Community resource</source>
        <translation>Ressource communautaire</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Ce que c’est</translation>
    </message>
    <message>
        <source>To whom (service or person)</source>
        <translation>À qui (service ou personne)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggérée</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Ajouter un élément</translation>
    </message>
    <message>
        <source>Add referral</source>
        <translation>Ajouter une référence</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Remove selected goal</source>
        <translation>Retirer l’objectif sélectionné</translation>
    </message>
    <message>
        <source>Remove selected item</source>
        <translation>Retirer l’élément sélectionné</translation>
    </message>
    <message>
        <source>Remove selected referral</source>
        <translation>Retirer la référence sélectionnée</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <extracomment>A field&apos;s widget, and how to read it, fill it and lock it.</extracomment>
        <translation>Problème&#xa0;: {field}</translation>
    </message>
</context>
<context>
    <name>NoteHtml</name>
    <message>
        <source>Goal</source>
        <extracomment>The items&apos; fields that hold a vocabulary value, shown by its label in the windows&apos; language.</extracomment>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c’est important</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Aucune inscrite</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non fixée</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Not addressed in this contact.</source>
        <translation>Non abordée lors de ce contact.</translation>
    </message>
    <message>
        <source>Private: seen only by the worker and their supervisors; never shared outside the agency.</source>
        <translation>Privé&#xa0;: vu seulement par l’intervenant·e et ses superviseur·es; jamais communiqué hors de l’organisme.</translation>
    </message>
    <message>
        <source>Nothing written.</source>
        <translation>Rien d’écrit.</translation>
    </message>
    <message>
        <source>Written by {name}</source>
        <translation>Rédigée par {name}</translation>
    </message>
    <message>
        <source> · submitted {when}</source>
        <translation> · soumise le {when}</translation>
    </message>
    <message>
        <source>{level} risk recorded — review this note first.</source>
        <translation>Risque {level} inscrit — révisez cette note d’abord.</translation>
    </message>
    <message>
        <source>Late entry: written well after the contact.</source>
        <translation>Entrée tardive&#xa0;: rédigée bien après le contact.</translation>
    </message>
    <message>
        <source>Approved and signed by {name} on {when}.</source>
        <translation>Approuvée et signée par {name} le {when}.</translation>
    </message>
    <message>
        <source>Returned with comments</source>
        <translation>Retournée avec des commentaires</translation>
    </message>
    <message>
        <source>Changed since the last submission</source>
        <translation>Changements depuis la dernière soumission</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>No summary.</source>
        <translation>Aucun résumé.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Addendas</translation>
    </message>
    <message>
        <source>reason:</source>
        <translation>raison&#xa0;:</translation>
    </message>
    <message>
        <source>Signed, hash {hash}</source>
        <translation>Signé, empreinte {hash}</translation>
    </message>
    <message>
        <source>Content hash {hash}</source>
        <translation>Empreinte du contenu {hash}</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>NoteProblems</name>
    <message>
        <source>write a one- or two-sentence summary of the contact</source>
        <translation>écrivez un résumé du contact en une ou deux phrases</translation>
    </message>
    <message>
        <source>risk indicators are recorded, so choose a risk level</source>
        <translation>des indicateurs de risque sont inscrits&#xa0;: choisissez un niveau de risque</translation>
    </message>
    <message>
        <source>{level} risk needs at least one action taken (safety plan, support people, crisis protocol or emergency services)</source>
        <translation>un risque {level} demande au moins une mesure prise (plan de sécurité, personnes de soutien, protocole de crise ou services d’urgence)</translation>
    </message>
    <message>
        <source>{level} risk needs a date for the next check-in</source>
        <translation>un risque {level} demande une date pour le prochain suivi</translation>
    </message>
    <message>
        <source>the next check-in date has already passed; pick today or later</source>
        <translation>la date du prochain suivi est déjà passée; choisissez aujourd’hui ou plus tard</translation>
    </message>
    <message>
        <source>the contact time is in the future; notes record contacts that happened</source>
        <translation>l’heure du contact est dans le futur; les notes inscrivent des contacts qui ont eu lieu</translation>
    </message>
    <message>
        <source>the contact time is missing</source>
        <translation>l’heure du contact manque</translation>
    </message>
    <message>
        <source>the duration must be between 1 and {max} minutes; write a longer contact up as separate notes</source>
        <translation>la durée doit être entre 1 et {max} minutes; inscrivez un contact plus long en plusieurs notes</translation>
    </message>
    <message>
        <source> is empty; write what happened or mark it as not addressed</source>
        <translation> est vide; écrivez ce qui s’est passé ou marquez-la comme non abordée</translation>
    </message>
    <message>
        <source> is marked not addressed but has content; clear the content or untick “not addressed”</source>
        <translation> est marquée non abordée mais a du contenu; effacez le contenu ou décochez «&#xa0;non abordée&#xa0;»</translation>
    </message>
    <message>
        <source> cannot be marked not addressed: this client has an open risk alert, so write how risk and the safety plan were checked in this contact</source>
        <translation> ne peut pas être marquée non abordée&#xa0;: ce ou cette client·e a une alerte de risque ouverte, alors écrivez comment le risque et le plan de sécurité ont été vérifiés lors de ce contact</translation>
    </message>
    <message>
        <source>Date and time of contact</source>
        <translation>Date et heure du contact</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <source>Type of contact</source>
        <translation>Type de contact</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Short summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Steps not addressed</source>
        <translation>Étapes non abordées</translation>
    </message>
</context>
<context>
    <name>NoteSearch</name>
    <message>
        <source>Search the words of every note you may see…</source>
        <translation>Chercher dans le texte de chaque note que vous pouvez voir…</translation>
    </message>
    <message>
        <source>Search this client&apos;s notes…</source>
        <translation>Chercher dans les notes de ce ou cette client·e…</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Chercher dans les notes</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Find notes: summaries, steps 1–7 and addenda of every note you may see (never anyone&apos;s step 8). Every word must occur; the last may be the start of a word.</source>
        <translation>Chercher dans les notes&#xa0;: résumés, étapes 1 à 7 et addendas de chaque note que vous pouvez voir (jamais l’étape 8 de quiconque). Chaque mot doit s’y trouver; le dernier peut être le début d’un mot.</translation>
    </message>
</context>
<context>
    <name>NoteView</name>
    <message>
        <source>Case note</source>
        <translation>Note de suivi</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>The note, read-only</source>
        <translation>La note, en lecture seule</translation>
    </message>
    <message>
        <source>Your review</source>
        <translation>Votre révision</translation>
    </message>
    <message>
        <source>To return the note, say what needs to change. The worker sees this comment.</source>
        <translation>Pour retourner la note, dites ce qui doit changer. L’intervenant·e voit ce commentaire.</translation>
    </message>
    <message>
        <source>Comment for the worker</source>
        <translation>Commentaire pour l’intervenant·e</translation>
    </message>
    <message>
        <source>Comment problem</source>
        <translation>Problème de commentaire</translation>
    </message>
    <message>
        <source>&amp;Return with comment</source>
        <translation>&amp;Retourner avec un commentaire</translation>
    </message>
    <message>
        <source>Return the note to the worker</source>
        <translation>Retourner la note à l’intervenant·e</translation>
    </message>
    <message>
        <source>&amp;Approve and sign</source>
        <translation>&amp;Approuver et signer</translation>
    </message>
    <message>
        <source>Your signature locks the note; later corrections become addenda</source>
        <translation>Votre signature verrouille la note; les corrections ultérieures deviennent des addendas</translation>
    </message>
    <message>
        <source>Approve and sign the note</source>
        <translation>Approuver et signer la note</translation>
    </message>
    <message>
        <source>Add a&amp;ddendum…</source>
        <translation>Ajouter un a&amp;ddenda…</translation>
    </message>
    <message>
        <source>Add an addendum</source>
        <translation>Ajouter un addenda</translation>
    </message>
    <message>
        <source>&amp;Edit note</source>
        <translation>&amp;Modifier la note</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>NoteViewer</name>
    <message>
        <source>Nothing else is waiting for your review: the queue is empty.</source>
        <extracomment>What signing a note changes: the note, the queue, and the items it copies onto the record.</extracomment>
        <translation>Rien d’autre n’attend votre révision&#xa0;: la file est vide.</translation>
    </message>
    <message>
        <source>&amp;Next in queue</source>
        <translation>&amp;Suivante dans la file</translation>
    </message>
    <message>
        <source>Open the next note in the review queue</source>
        <translation>Ouvrir la note suivante de la file de révision</translation>
    </message>
    <message>
        <source>The next note waiting for your review ({keys})</source>
        <translation>La prochaine note qui attend votre révision ({keys})</translation>
    </message>
    <message>
        <source>Opening the note…</source>
        <translation>Ouverture de la note…</translation>
    </message>
    <message>
        <source>Note — {name}</source>
        <translation>Note — {name}</translation>
    </message>
    <message>
        <source>The note could not be read: {error}</source>
        <translation>La note n’a pas pu être lue&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Non approuvée</translation>
    </message>
    <message>
        <source>Not signed: the note is still waiting for your review.</source>
        <translation>Non signée&#xa0;: la note attend toujours votre révision.</translation>
    </message>
    <message>
        <source>Approved and signed. The note is now locked.</source>
        <translation>Approuvée et signée. La note est maintenant verrouillée.</translation>
    </message>
    <message>
        <source>Returned to the worker with your comment.</source>
        <translation>Retournée à l’intervenant·e avec votre commentaire.</translation>
    </message>
    <message>
        <source>Not returned</source>
        <translation>Non retournée</translation>
    </message>
    <message>
        <source>The review queue could not be read: {error}</source>
        <translation>La file de révision n’a pas pu être lue&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Opening the next note…</source>
        <translation>Ouverture de la note suivante…</translation>
    </message>
    <message>
        <source>Addendum added and signed.</source>
        <translation>Addenda ajouté et signé.</translation>
    </message>
</context>
<context>
    <name>Nouns</name>
    <message>
        <source>client</source>
        <translation>client·e</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>client·es</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>références</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>suivi</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>suivis</translation>
    </message>
    <message>
        <source>request</source>
        <translation>demande</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>demandes</translation>
    </message>
    <message>
        <source>emergency disclosure</source>
        <translation>divulgation d’urgence</translation>
    </message>
    <message>
        <source>emergency disclosures</source>
        <translation>divulgations d’urgence</translation>
    </message>
    <message>
        <source>item</source>
        <translation>élément</translation>
    </message>
    <message>
        <source>items</source>
        <translation>éléments</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Something went wrong; your work is safe. Details are in the log.</source>
        <extracomment>What a person sees for an error that is not a domain error.</extracomment>
        <translation>Quelque chose n’a pas fonctionné; votre travail est en sécurité. Les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>Not done</source>
        <extracomment>Per widget with a busy cursor: how many ops are running, and the cursor it had before.</extracomment>
        <translation>Non fait</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>{client}: {what} (due {date})</source>
        <translation>{client}&#xa0;: {what} (prévu le {date})</translation>
    </message>
</context>
<context>
    <name>PagedList</name>
    <message>
        <source>Showing {loaded} of {total} {many}</source>
        <translation>Affichage&#xa0;: {loaded} {many} sur {total}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;Confirm password</source>
        <translation>&amp;Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Reset password: %1</source>
        <translation>Réinitialiser le mot de passe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Set a new password for %1 (%2). This also unlocks the account. Tell them the new password in person; at their next login they choose their own.</source>
        <translation>Choisissez un nouveau mot de passe pour %1 (%2). Cela déverrouille aussi le compte. Donnez-lui le nouveau mot de passe en personne; à sa prochaine connexion, la personne choisira le sien.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>PrintAction</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print what this window shows: a list as a table, a note, a record</source>
        <translation>Imprimer ce que montre cette fenêtre&#xa0;: une liste sous forme de tableau, une note, un dossier</translation>
    </message>
    <message>
        <source>There is nothing here to print yet.</source>
        <translation>Il n’y a encore rien à imprimer ici.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l’imprimante.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print</source>
        <extracomment>What a window prints now, or None when it shows nothing printable (say, still loading).</extracomment>
        <translation>Imprimer</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Raison</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>&amp;Move the clients…</source>
        <translation>&amp;Déplacer les client·es…</translation>
    </message>
    <message>
        <source> (you)</source>
        <translation> (vous)</translation>
    </message>
    <message>
        <source>Reassign a caseload</source>
        <translation>Réassigner une charge de cas</translation>
    </message>
    <message>
        <source>Move every client {source} carries to {target}?</source>
        <translation>Déplacer tous les client·es de {source} vers {target}?</translation>
    </message>
    <message>
        <source>&amp;Move them</source>
        <translation>&amp;Les déplacer</translation>
    </message>
    <message>
        <source>When a worker leaves or is away for long, move every client they carry to another worker of your team. Their open follow-ups on those clients move too. Closed files move as well, so whoever reopens one finds a current worker.</source>
        <translation>Quand un·e intervenant·e part ou s’absente longtemps, déplacez chaque client·e qu’il ou elle suit vers un·e autre intervenant·e de votre équipe. Ses suivis ouverts auprès de ces client·es sont déplacés aussi. Les dossiers fermés sont déplacés également, pour que la personne qui en rouvre un y trouve un·e intervenant·e actuel·le.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>Worker whose clients move</source>
        <translation>Intervenant·e dont les client·es sont déplacé·es</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Vers</translation>
    </message>
    <message>
        <source>Worker who takes the clients</source>
        <translation>Intervenant·e qui prend les client·es</translation>
    </message>
</context>
<context>
    <name>RecordAlerts</name>
    <message>
        <source>Risk alert</source>
        <translation>Alerte de risque</translation>
    </message>
    <message>
        <source>Clear ris&amp;k alert…</source>
        <translation>Lever l’alerte de ris&amp;que…</translation>
    </message>
    <message>
        <source>Clear the risk alert, with a reason</source>
        <translation>Lever l’alerte de risque, avec une raison</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de sécurité</translation>
    </message>
    <message>
        <source>Consents to check</source>
        <translation>Consentements à vérifier</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Suivis en retard</translation>
    </message>
    <message>
        <source>Risk alert: {level} risk recorded on {date} by {name} ({note}). It stays here until a supervisor clears it.</source>
        <extracomment>Link colours that read on each warning&apos;s background (see resources/style.qss). A link was followed: &quot;goals&quot;, &quot;safety_plan&quot;, &quot;consents&quot;, &quot;overview&quot;, &quot;risk&quot; ... The alert was cleared (the record re-reads its header).</extracomment>
        <translation>Alerte de risque&#xa0;: risque {level} inscrit le {date} par {name} ({note}). Elle reste ici jusqu’à ce qu’un·e superviseur·e la lève.</translation>
    </message>
    <message>
        <source>note #{id}</source>
        <translation>note no {id}</translation>
    </message>
    <message>
        <source>Clear the alert, with a reason</source>
        <translation>Lever l’alerte, avec une raison</translation>
    </message>
    <message>
        <source>Risk is {level}. Safety plan in force: </source>
        <translation>Le risque est {level}. Plan de sécurité en vigueur&#xa0;: </translation>
    </message>
    <message>
        <source>version {n} of {date}</source>
        <translation>version {n} du {date}</translation>
    </message>
    <message>
        <source>Risk is {level} and there is no safety plan on record. </source>
        <translation>Le risque est {level} et il n’y a aucun plan de sécurité au dossier. </translation>
    </message>
    <message>
        <source>Write one with the client</source>
        <translation>En rédiger un avec la personne</translation>
    </message>
    <message>
        <source>{recipient} expires {date}</source>
        <translation>{recipient} expire le {date}</translation>
    </message>
    <message>
        <source>{recipient} expired {date}</source>
        <translation>{recipient} a expiré le {date}</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> et {n} autres</translation>
    </message>
    <message>
        <source>Consent to check: {which}{more}. </source>
        <translation>Consentement à vérifier&#xa0;: {which}{more}. </translation>
    </message>
    <message>
        <source>Consents to check: {which}{more}. </source>
        <translation>Consentements à vérifier&#xa0;: {which}{more}. </translation>
    </message>
    <message>
        <source>Review consents</source>
        <translation>Revoir les consentements</translation>
    </message>
    <message>
        <source>1 follow-up is overdue. </source>
        <translation>1 suivi est en retard. </translation>
    </message>
    <message>
        <source>{n} follow-ups are overdue. </source>
        <translation>{n} suivis sont en retard. </translation>
    </message>
    <message>
        <source>See follow-ups</source>
        <translation>Voir les suivis</translation>
    </message>
    <message>
        <source>Clear risk alert</source>
        <translation>Lever l’alerte de risque</translation>
    </message>
    <message>
        <source>Clear the {level}-risk alert raised by {name} on {date}? Say what was done and why it can close. The reason is kept on record.</source>
        <translation>Lever l’alerte de risque {level} signalée par {name} le {date}? Dites ce qui a été fait et pourquoi elle peut être fermée. La raison est gardée au dossier.</translation>
    </message>
    <message>
        <source>Clear alert</source>
        <translation>Lever l’alerte</translation>
    </message>
</context>
<context>
    <name>RecordPrint</name>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigné·e à</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nom légal</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contact d’urgence</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l’instant</translation>
    </message>
    <message>
        <source> since {when}</source>
        <translation> depuis le {when}</translation>
    </message>
    <message>
        <source>Client {id} · {printed}</source>
        <translation>Client·e {id} · {printed}</translation>
    </message>
    <message>
        <source>Open risk alert: {level}, raised {when} by {name}</source>
        <translation>Alerte de risque ouverte&#xa0;: {level}, signalée le {when} par {name}</translation>
    </message>
    <message>
        <source>Safety plan: version {n} of {date}</source>
        <translation>Plan de sécurité&#xa0;: version {n} du {date}</translation>
    </message>
    <message>
        <source>Safety plan: none on record</source>
        <translation>Plan de sécurité&#xa0;: aucun au dossier</translation>
    </message>
    <message>
        <source>Consent to check: {name} ({state})</source>
        <translation>Consentement à vérifier&#xa0;: {name} ({state})</translation>
    </message>
    <message>
        <source>, {n} overdue</source>
        <translation>, {n} en retard</translation>
    </message>
    <message>
        <source>Follow-ups: {n} open{overdue}</source>
        <translation>Suivis&#xa0;: {n} ouverts{overdue}</translation>
    </message>
    <message>
        <source>Nothing listed here.</source>
        <translation>Rien n’est listé ici.</translation>
    </message>
    <message>
        <source>{name} — record</source>
        <translation>{name} — dossier</translation>
    </message>
</context>
<context>
    <name>RecordSource</name>
    <message>
        <source>in note #{id}</source>
        <extracomment>Something on the record changed (the header re-reads its summary). Kinds of change (for this client) that make the tab read its rows again. What the tab&apos;s own writes announce. While held, showing the tab does not load it yet (see ``release``).</extracomment>
        <translation>dans la note no {id}</translation>
    </message>
    <message>
        <source>on the record</source>
        <translation>au dossier</translation>
    </message>
    <message>
        <source> by {name}</source>
        <translation> par {name}</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>the keyring holds no copy of it</source>
        <translation>le trousseau n’en a aucune copie</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring (its password store) keeps the key as well, so pswdesk opens here without asking. Another computer, or this one after a reinstall, needs the recovery key.</source>
        <translation>Le trousseau de cet ordinateur (son gestionnaire de mots de passe) garde aussi la clé, donc pswdesk s’ouvre ici sans la demander. Un autre ordinateur, ou celui-ci après une réinstallation, aura besoin de la clé de récupération.</translation>
    </message>
    <message>
        <source>This computer gives pswdesk the key through %1, not through its keyring. Anywhere else pswdesk asks for the recovery key.</source>
        <translation>Cet ordinateur donne la clé à pswdesk par %1, pas par son trousseau. Partout ailleurs, pswdesk demande la clé de récupération.</translation>
    </message>
    <message>
        <source>The key is not kept on this computer: %1. pswdesk will ask for the recovery key each time it starts, so keep it where the people who start it can reach it.</source>
        <translation>La clé n’est pas gardée sur cet ordinateur&#xa0;: %1. pswdesk demandera la clé de récupération à chaque démarrage; gardez-la là où les personnes qui le démarrent peuvent la trouver.</translation>
    </message>
    <message>
        <source>Checking this computer&apos;s keyring…</source>
        <translation>Vérification du trousseau de cet ordinateur…</translation>
    </message>
    <message>
        <source>Copied. Paste it into the agency&apos;s password manager, then copy something else so it does not stay on the clipboard.</source>
        <translation>Copiée. Collez-la dans le gestionnaire de mots de passe de l’organisme, puis copiez autre chose pour qu’elle ne reste pas dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Making the recovery sheet…</source>
        <translation>Préparation de la feuille de récupération…</translation>
    </message>
    <message>
        <source>The recovery sheet could not be made: %1</source>
        <translation>La feuille de récupération n’a pas pu être préparée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation>Imprimer la feuille de récupération</translation>
    </message>
    <message>
        <source>Could not print: %1.</source>
        <translation>Impression impossible&#xa0;: %1.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>l’imprimante</translation>
    </message>
    <message>
        <source>Sent the recovery sheet (1 page) to %2.</source>
        <translation>Feuille de récupération (1 page) envoyée à %2.</translation>
    </message>
    <message>
        <source>Sent the recovery sheet (%1 pages) to %2.</source>
        <translation>Feuille de récupération (%1 pages) envoyée à %2.</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Enregistrer la feuille de récupération</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Choose another folder.</source>
        <translation>Impossible d’enregistrer %1&#xa0;: %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Saved to %1. It holds the key: print it or move it to a safe place, and do not leave it on this computer.</source>
        <translation>Enregistrée dans %1. Elle contient la clé&#xa0;: imprimez-la ou déplacez-la en lieu sûr, et ne la laissez pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The agency is set up. Keep the recovery key first, tick the box, then press Finish.</source>
        <translation>L’organisme est configuré. Conservez d’abord la clé de récupération, cochez la case, puis appuyez sur Terminer.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation>Nouvelle référence</translation>
    </message>
    <message>
        <source>&amp;Referred to</source>
        <translation>&amp;Référé·e à</translation>
    </message>
    <message>
        <source>Service or person referred to</source>
        <translation>Service ou personne à qui la référence est faite</translation>
    </message>
    <message>
        <source>Service or person, e.g. Harbour Housing Office</source>
        <translation>Service ou personne, p. ex. Bureau du logement Harbour</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>Rai&amp;son</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>Raison de la référence</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <source>Status of the referral</source>
        <translation>Statut de la référence</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Date of the referral</source>
        <translation>Date de la référence</translation>
    </message>
</context>
<context>
    <name>ReferralStatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>&amp;New status</source>
        <translation>&amp;Nouveau statut</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Date of the change</source>
        <translation>Date du changement</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Commentaire</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Commentaire (facultatif)</translation>
    </message>
    <message>
        <source>Optional, e.g. “first appointment on the 12th”</source>
        <translation>Facultatif, p. ex. «&#xa0;premier rendez-vous le 12&#xa0;»</translation>
    </message>
    <message>
        <source>Referral to {name}</source>
        <translation>Référence vers {name}</translation>
    </message>
    <message>
        <source>Now {status}, since {date}.</source>
        <translation>Maintenant {status}, depuis le {date}.</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>Referrals</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Referrals: summary</source>
        <translation>Références&#xa0;: résumé</translation>
    </message>
    <message>
        <source>Show c&amp;losed referrals</source>
        <translation>Afficher les références &amp;fermées</translation>
    </message>
    <message>
        <source>Show declined and completed referrals</source>
        <translation>Afficher les références refusées et terminées</translation>
    </message>
    <message>
        <source>Referrals to other services and people, open ones first. Each change of status is kept with its date.</source>
        <translation>Les références vers d’autres services et personnes, les ouvertes d’abord. Chaque changement de statut est gardé avec sa date.</translation>
    </message>
    <message>
        <source>Loading referrals</source>
        <translation>Chargement des références</translation>
    </message>
    <message>
        <source>No open referrals. Referrals made in step 7 of a note appear here once the note is signed, or add one now.</source>
        <translation>Aucune référence ouverte. Les références faites à l’étape 7 d’une note apparaissent ici une fois la note signée, ou ajoutez-en une maintenant.</translation>
    </message>
    <message>
        <source>No referrals</source>
        <translation>Aucune référence</translation>
    </message>
    <message>
        <source>The selected referral and its steps</source>
        <translation>La référence sélectionnée et ses étapes</translation>
    </message>
    <message>
        <source>&amp;Add referral…</source>
        <translation>&amp;Ajouter une référence…</translation>
    </message>
    <message>
        <source>Add a referral</source>
        <translation>Ajouter une référence</translation>
    </message>
    <message>
        <source>Change stat&amp;us…</source>
        <translation>Changer le stat&amp;ut…</translation>
    </message>
    <message>
        <source>Change the status of the selected referral</source>
        <translation>Changer le statut de la référence sélectionnée</translation>
    </message>
    <message>
        <source>Enter changes the selected referral&apos;s status.</source>
        <translation>Entrée change le statut de la référence sélectionnée.</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} jours</translation>
    </message>
    <message>
        <source>{days}, no answer</source>
        <translation>{days}, sans réponse</translation>
    </message>
    <message>
        <source>Recorded {where}{by}, {date}</source>
        <translation>Inscrite {where}{by}, le {date}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reason:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Raison&#xa0;:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status:&lt;/b&gt; {status} since {date}</source>
        <translation>&lt;b&gt;Statut&#xa0;:&lt;/b&gt; {status} depuis le {date}</translation>
    </message>
    <message>
        <source>&lt;b&gt;No answer for {n} days.&lt;/b&gt; Worth a call to the service.</source>
        <translation>&lt;b&gt;Sans réponse depuis {n} jours.&lt;/b&gt; Un appel au service vaudrait la peine.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>{n} open</source>
        <translation>{n} ouvertes</translation>
    </message>
    <message>
        <source> · {n} waiting too long</source>
        <translation> · {n} en attente depuis trop longtemps</translation>
    </message>
    <message>
        <source>Referral to {name} added.</source>
        <translation>Référence vers {name} ajoutée.</translation>
    </message>
    <message>
        <source>Referral to {name}: {status}.</source>
        <translation>Référence vers {name}&#xa0;: {status}.</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>Number</source>
        <extracomment>Lines differ by dash pattern as well as colour. Bars with a category name longer than this lie down. Room a category label needs beside its neighbours, beyond its own width. What the value axis, its title and the margins take from a chart&apos;s width. A category label longer than this is shortened on the axis (the table has it whole). The width each category needs before the chart asks to scroll (bars are per series). The height each lying bar (or group of them) needs: less, and QtCharts leaves its name out. A legend entry&apos;s marker and spacing, beside its name.</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Per cent</source>
        <translation>Pourcentage</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>0–2 days</source>
        <translation>0 à 2 jours</translation>
    </message>
    <message>
        <source>3–7 days</source>
        <translation>3 à 7 jours</translation>
    </message>
    <message>
        <source>8–14 days</source>
        <translation>8 à 14 jours</translation>
    </message>
    <message>
        <source>Over 14 days</source>
        <translation>Plus de 14 jours</translation>
    </message>
    <message>
        <source>No supervisor</source>
        <translation>Aucun·e superviseur·e</translation>
    </message>
    <message>
        <source>A brief contact that became a full note counts once, as the note; its minutes are the note&apos;s.</source>
        <translation>Un contact bref devenu une note complète compte une seule fois, comme note; ses minutes sont celles de la note.</translation>
    </message>
    <message>
        <source>A client counts as served when anyone made a contact with them in the period: a full note submitted or signed, or a brief contact (one that became a full note counts as the note); drafts and returned notes do not.</source>
        <translation>Un·e client·e compte comme servi·e quand quelqu’un a eu un contact avec elle ou lui pendant la période&#xa0;: une note complète soumise ou signée, ou un contact bref (celui devenu une note complète compte comme la note); les brouillons et les notes retournées ne comptent pas.</translation>
    </message>
    <message>
        <source>A client counts as served when someone in the team made a contact with them in the period: a full note submitted or signed, or a brief contact (one that became a full note counts as the note); drafts and returned notes do not.</source>
        <translation>Un·e client·e compte comme servi·e quand une personne de l’équipe a eu un contact avec elle ou lui pendant la période&#xa0;: une note complète soumise ou signée, ou un contact bref (celui devenu une note complète compte comme la note); les brouillons et les notes retournées ne comptent pas.</translation>
    </message>
    <message>
        <source>A client seen by two workers counts for each of them, and once in the total.</source>
        <translation>Un·e client·e vu·e par deux intervenant·es compte pour chacun·e, et une seule fois dans le total.</translation>
    </message>
    <message>
        <source>A client with two workers counts for each of them, and once in the total.</source>
        <translation>Un·e client·e suivi·e par deux intervenant·es compte pour chacun·e, et une seule fois dans le total.</translation>
    </message>
    <message>
        <source>A file counts under the reason chosen when it was closed, in the month of its closing date; one reopened since is not counted.</source>
        <translation>Un dossier compte sous le motif choisi à sa fermeture, dans le mois de sa date de fermeture; un dossier rouvert depuis ne compte pas.</translation>
    </message>
    <message>
        <source>A follow-up counts in the period it was due in, for the worker who owns it; each is in one column only, so the columns add up to the number due.</source>
        <translation>Un suivi compte dans la période de son échéance, pour l’intervenant·e qui en est responsable; chacun n’est que dans une colonne, donc les colonnes totalisent le nombre de suivis dus.</translation>
    </message>
    <message>
        <source>A full note counts when it was submitted or signed (filed without review counts as signed); drafts and returned notes do not.</source>
        <translation>Une note complète compte quand elle a été soumise ou signée (classée sans révision compte comme signée); les brouillons et les notes retournées ne comptent pas.</translation>
    </message>
    <message>
        <source>A new registration is a client record created in the period; a closure is a file closed in the period and still closed (one reopened since is not counted).</source>
        <translation>Une nouvelle inscription est un dossier client créé pendant la période; une fermeture est un dossier fermé pendant la période et toujours fermé (un dossier rouvert depuis ne compte pas).</translation>
    </message>
    <message>
        <source>A note counts once it is final: signed by a supervisor, or filed without review (locked like a signed note, with no signer). Drafts, notes waiting for review and returned notes do not count.</source>
        <translation>Une note compte une fois finale&#xa0;: signée par un·e superviseur·e, ou classée sans révision (verrouillée comme une note signée, sans signataire). Les brouillons, les notes en attente de révision et les notes retournées ne comptent pas.</translation>
    </message>
    <message>
        <source>A record merged into another is a duplicate of the same person, not a client of its own: its contacts count for the record kept, and it is neither a new registration nor a closure.</source>
        <translation>Un dossier fusionné dans un autre est un doublon de la même personne, pas un·e client·e à part&#xa0;: ses contacts comptent pour le dossier conservé, et ce n’est ni une nouvelle inscription ni une fermeture.</translation>
    </message>
    <message>
        <source>A referral counts in the period it was recorded in, for the worker who made it (or wrote the note it came from; one with neither counts for the client&apos;s workers).</source>
        <translation>Une référence compte dans la période où elle a été inscrite, pour l’intervenant·e qui l’a faite (ou qui a écrit la note d’où elle vient; sinon, pour les intervenant·es du ou de la client·e).</translation>
    </message>
    <message>
        <source>A rescheduled follow-up was closed and replaced by one on a new date: it counts apart, as neither done nor overdue, and the new one counts on its own due date.</source>
        <translation>Un suivi reporté a été fermé et remplacé par un autre à une nouvelle date&#xa0;: il compte à part, ni fait ni en retard, et le nouveau compte à sa propre échéance.</translation>
    </message>
    <message>
        <source>A session counts in the period by the day it was held, as its supervisor recorded it.</source>
        <translation>Une séance compte dans la période selon le jour où elle a eu lieu, tel que son ou sa superviseur·e l’a inscrite.</translation>
    </message>
    <message>
        <source>A snapshot taken now, because the period ends today or later: notes submitted and not yet signed, returned or filed.</source>
        <translation>Un portrait pris maintenant, parce que la période se termine aujourd’hui ou plus tard&#xa0;: les notes soumises et pas encore signées, retournées ni classées.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Age is whole days from the day of a note&apos;s latest submission to the day of the snapshot, on the office clock; a note sent back and submitted again counts from its new submission.</source>
        <translation>L’âge est le nombre de jours entiers entre le jour de la dernière soumission d’une note et le jour du portrait, à l’heure du bureau; une note retournée puis soumise de nouveau compte à partir de sa nouvelle soumission.</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Tous les client·es</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Tous les contacts</translation>
    </message>
    <message>
        <source>Average days to outcome</source>
        <translation>Jours moyens avant l’issue</translation>
    </message>
    <message>
        <source>Brief contacts</source>
        <translation>Contacts brefs</translation>
    </message>
    <message>
        <source>Brief minutes</source>
        <translation>Minutes des contacts brefs</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>Par service</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Par statut</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Client·es</translation>
    </message>
    <message>
        <source>Clients by highest risk level</source>
        <translation>Client·es selon le risque le plus élevé</translation>
    </message>
    <message>
        <source>Clients by the highest risk level recorded</source>
        <translation>Client·es selon le niveau de risque le plus élevé inscrit</translation>
    </message>
    <message>
        <source>Clients served</source>
        <translation>Client·es servi·es</translation>
    </message>
    <message>
        <source>Clients served per month</source>
        <translation>Client·es servi·es par mois</translation>
    </message>
    <message>
        <source>Clients with a contact</source>
        <translation>Client·es avec un contact</translation>
    </message>
    <message>
        <source>Clients with a contact per worker</source>
        <translation>Client·es avec un contact, par intervenant·e</translation>
    </message>
    <message>
        <source>Clients with a contact, new registrations, closures by reason, open caseloads</source>
        <translation>Client·es avec un contact, nouvelles inscriptions, fermetures par motif, charges de cas ouvertes</translation>
    </message>
    <message>
        <source>Closures</source>
        <translation>Fermetures</translation>
    </message>
    <message>
        <source>Closures by reason</source>
        <translation>Fermetures par motif</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Complétée</translation>
    </message>
    <message>
        <source>Contacts are placed by the date and time of the contact, on the office clock.</source>
        <translation>Les contacts sont placés selon la date et l’heure du contact, à l’heure du bureau.</translation>
    </message>
    <message>
        <source>Contacts are placed by the date and time of the contact, on the office clock. A month only partly inside the period counts its days in the period.</source>
        <translation>Les contacts sont placés selon la date et l’heure du contact, à l’heure du bureau. Un mois qui n’est qu’en partie dans la période compte ses jours compris dans la période.</translation>
    </message>
    <message>
        <source>Contacts per month</source>
        <translation>Contacts par mois</translation>
    </message>
    <message>
        <source>Contacts per worker</source>
        <translation>Contacts par intervenant·e</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Dates au choix</translation>
    </message>
    <message>
        <source>Days to outcome run from the day the referral was made (or recorded, if made at once) to its first acceptance, decline or completion; the median is the middle value and referrals without an answer yet are left out.</source>
        <translation>Les jours avant l’issue vont du jour où la référence a été faite (ou inscrite, si faite sur-le-champ) à sa première acceptation, son refus ou sa complétion; la médiane est la valeur du milieu et les références encore sans réponse sont laissées de côté.</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Faits en retard</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Faits à temps</translation>
    </message>
    <message>
        <source>Done on time means marked done on or before the day it was due, on the office clock.</source>
        <translation>Fait à temps veut dire marqué comme fait au plus tard le jour de l’échéance, à l’heure du bureau.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dus</translation>
    </message>
    <message>
        <source>Each client counts once per row however many contacts they had, so the total counts each client once and can be less than the sum of the rows.</source>
        <translation>Chaque client·e compte une fois par ligne, peu importe le nombre de contacts; le total compte donc chaque client·e une fois et peut être inférieur à la somme des lignes.</translation>
    </message>
    <message>
        <source>Each client counts once, at the highest level any of their counted notes in the period recorded; “Not rated” when none of them recorded a level.</source>
        <translation>Chaque client·e compte une fois, au niveau le plus élevé inscrit dans ses notes comptées de la période; «&#xa0;Non évalué&#xa0;» quand aucune n’a inscrit de niveau.</translation>
    </message>
    <message>
        <source>Each referral is counted once, at the status it has today.</source>
        <translation>Chaque référence est comptée une fois, au statut qu’elle a aujourd’hui.</translation>
    </message>
    <message>
        <source>Every current worker in the agency is listed, with zeros when they had none; anyone else with counts in the period (someone who has left) is listed after them.</source>
        <translation>Chaque intervenant·e actuel·le de l’organisme est listé·e, avec des zéros s’il n’y a rien; toute autre personne ayant des chiffres dans la période (quelqu’un qui est parti) est listée après.</translation>
    </message>
    <message>
        <source>Every current worker in the team is listed, with zeros when they had none; anyone else with counts in the period (someone who has left) is listed after them.</source>
        <translation>Chaque intervenant·e actuel·le de l’équipe est listé·e, avec des zéros s’il n’y a rien; toute autre personne ayant des chiffres dans la période (quelqu’un qui est parti) est listée après.</translation>
    </message>
    <message>
        <source>Final notes per month by risk level</source>
        <translation>Notes finales par mois, par niveau de risque</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Suivis dus</translation>
    </message>
    <message>
        <source>Follow-ups due, done on time, done late and still overdue</source>
        <translation>Suivis dus, faits à temps, faits en retard et encore en retard</translation>
    </message>
    <message>
        <source>Follow-ups per worker</source>
        <translation>Suivis par intervenant·e</translation>
    </message>
    <message>
        <source>Full notes</source>
        <translation>Notes complètes</translation>
    </message>
    <message>
        <source>Full notes and brief contacts per worker and month, with minutes</source>
        <translation>Notes complètes et contacts brefs par intervenant·e et par mois, avec les minutes</translation>
    </message>
    <message>
        <source>Highest level</source>
        <translation>Niveau le plus élevé</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Hours are the sessions&apos; minutes added up and divided by 60; a worker without a session in the period is listed with none.</source>
        <translation>Les heures sont les minutes des séances additionnées et divisées par 60; un·e intervenant·e sans séance dans la période est listé·e avec zéro.</translation>
    </message>
    <message>
        <source>Hours of supervision</source>
        <translation>Heures de supervision</translation>
    </message>
    <message>
        <source>Last fiscal year</source>
        <translation>Exercice précédent</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mois dernier</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Trimestre précédent</translation>
    </message>
    <message>
        <source>Median days to outcome</source>
        <translation>Jours médians avant l’issue</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>New registrations</source>
        <translation>Nouvelles inscriptions</translation>
    </message>
    <message>
        <source>No client has a final note in this period.</source>
        <translation>Aucun·e client·e n’a de note finale dans cette période.</translation>
    </message>
    <message>
        <source>No final notes in this period.</source>
        <translation>Aucune note finale dans cette période.</translation>
    </message>
    <message>
        <source>No notes were awaiting review.</source>
        <translation>Aucune note n’était en attente de révision.</translation>
    </message>
    <message>
        <source>No referral was made in this period.</source>
        <translation>Aucune référence n’a été faite dans cette période.</translation>
    </message>
    <message>
        <source>No worker in scope.</source>
        <translation>Aucun·e intervenant·e visé·e.</translation>
    </message>
    <message>
        <source>No workers to list.</source>
        <translation>Aucun·e intervenant·e à lister.</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Pas encore dus</translation>
    </message>
    <message>
        <source>Note minutes</source>
        <translation>Minutes des notes</translation>
    </message>
    <message>
        <source>Notes are listed under their author&apos;s supervisor as the staff list stands today; authors with no supervisor under “No supervisor”.</source>
        <translation>Les notes sont listées sous le ou la superviseur·e de leur auteur·e selon la liste du personnel d’aujourd’hui; les auteur·es sans superviseur·e sous «&#xa0;Aucun·e superviseur·e&#xa0;».</translation>
    </message>
    <message>
        <source>Notes are placed by the date and time of the contact, on the office clock; a note signed after the period ends still counts in its contact&apos;s month.</source>
        <translation>Les notes sont placées selon la date et l’heure du contact, à l’heure du bureau; une note signée après la fin de la période compte quand même dans le mois de son contact.</translation>
    </message>
    <message>
        <source>Notes at moderate, high and imminent risk per month</source>
        <translation>Notes à risque modéré, élevé et imminent par mois</translation>
    </message>
    <message>
        <source>Notes awaiting review</source>
        <translation>Notes en attente de révision</translation>
    </message>
    <message>
        <source>Notes awaiting review by age</source>
        <translation>Notes en attente de révision, par âge</translation>
    </message>
    <message>
        <source>Nothing to count in this period.</source>
        <translation>Rien à compter dans cette période.</translation>
    </message>
    <message>
        <source>Oldest (days)</source>
        <translation>La plus ancienne (jours)</translation>
    </message>
    <message>
        <source>Open caseload per worker</source>
        <translation>Charge de cas ouverte par intervenant·e</translation>
    </message>
    <message>
        <source>Open clients today</source>
        <translation>Client·es ouvert·es aujourd’hui</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Overdue means still open and due before today; not yet due, still open and due today or later.</source>
        <translation>En retard veut dire encore ouvert avec une échéance avant aujourd’hui; pas encore dû, encore ouvert avec une échéance aujourd’hui ou plus tard.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Referrals by service</source>
        <translation>Références par service</translation>
    </message>
    <message>
        <source>Referrals by status and by service, with the time to an outcome</source>
        <translation>Références par statut et par service, avec le délai avant l’issue</translation>
    </message>
    <message>
        <source>Referrals by status today</source>
        <translation>Références par statut aujourd’hui</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Reportés</translation>
    </message>
    <message>
        <source>Risk levels over time</source>
        <translation>Niveaux de risque dans le temps</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Services are grouped whatever the capitals and spaces typed, and shown as most often typed.</source>
        <translation>Les services sont regroupés peu importe les majuscules et les espaces tapés, et affichés comme ils sont le plus souvent écrits.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Share of clients</source>
        <translation>Part des client·es</translation>
    </message>
    <message>
        <source>Signed notes per month by the risk level they recorded</source>
        <translation>Notes signées par mois, selon le niveau de risque inscrit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Encore ouvertes</translation>
    </message>
    <message>
        <source>Still open: suggested or made, with no answer from the service yet.</source>
        <translation>Encore ouvertes&#xa0;: suggérées ou faites, sans réponse du service pour l’instant.</translation>
    </message>
    <message>
        <source>Submitted notes not yet reviewed, by age and supervisor</source>
        <translation>Notes soumises pas encore révisées, par âge et par superviseur·e</translation>
    </message>
    <message>
        <source>Supervision hours</source>
        <translation>Heures de supervision</translation>
    </message>
    <message>
        <source>Supervision per worker</source>
        <translation>Supervision par intervenant·e</translation>
    </message>
    <message>
        <source>Supervision sessions and hours per worker</source>
        <translation>Séances et heures de supervision par intervenant·e</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur·e</translation>
    </message>
    <message>
        <source>The team&apos;s registrations and closures are those of clients assigned to someone in the team today, or whom the team contacted in the period.</source>
        <translation>Les inscriptions et fermetures de l’équipe sont celles des client·es assigné·es aujourd’hui à une personne de l’équipe, ou que l’équipe a contacté·es pendant la période.</translation>
    </message>
    <message>
        <source>This fiscal year</source>
        <translation>Cet exercice</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Whole agency</source>
        <translation>Tout l’organisme</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Intervenant·e</translation>
    </message>
    <message>
        <source>“Not rated”: the note recorded no risk level.</source>
        <translation>«&#xa0;Non évalué&#xa0;»&#xa0;: la note n’a inscrit aucun niveau de risque.</translation>
    </message>
    <message>
        <source>A follow-up is in the month it was due in.</source>
        <translation>Un suivi est placé dans le mois de son échéance.</translation>
    </message>
    <message>
        <source>All contacts per worker per month</source>
        <translation>Tous les contacts par intervenant·e et par mois</translation>
    </message>
    <message>
        <source>Follow-ups due by month</source>
        <translation>Suivis dus par mois</translation>
    </message>
    <message>
        <source>Follow-ups per month</source>
        <translation>Suivis par mois</translation>
    </message>
    <message>
        <source>Full notes and brief contacts together, counted as above.</source>
        <translation>Notes complètes et contacts brefs ensemble, comptés comme ci-dessus.</translation>
    </message>
    <message>
        <source>Months still to come are not listed.</source>
        <translation>Les mois encore à venir ne sont pas listés.</translation>
    </message>
    <message>
        <source>the fiscal year starts in a month from 1 to 12</source>
        <translation>l’exercice commence dans un mois de 1 à 12</translation>
    </message>
    <message>
        <source>choose the first and last day of a custom period</source>
        <translation>choisissez le premier et le dernier jour d’une période au choix</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>la période se termine avant de commencer</translation>
    </message>
    <message>
        <source>a report covers at most ten years</source>
        <translation>un rapport couvre au plus dix ans</translation>
    </message>
    <message>
        <source>%1&apos;s team</source>
        <extracomment>A text built around a date, a number or a name -&gt; the template translated.</extracomment>
        <translation>Équipe de %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>Fiscal year %1</source>
        <translation>Exercice %1</translation>
    </message>
    <message>
        <source>Awaiting review now (%1), by supervisor</source>
        <translation>En attente de révision maintenant (%1), par superviseur·e</translation>
    </message>
    <message>
        <source>Awaiting review now (%1), by worker</source>
        <translation>En attente de révision maintenant (%1), par intervenant·e</translation>
    </message>
    <message>
        <source>Awaiting review on %1, by supervisor</source>
        <translation>En attente de révision le %1, par superviseur·e</translation>
    </message>
    <message>
        <source>Awaiting review on %1, by worker</source>
        <translation>En attente de révision le %1, par intervenant·e</translation>
    </message>
    <message>
        <source>As of today (%1), whatever the period: the open files each worker is assigned to now.</source>
        <translation>En date d’aujourd’hui (%1), peu importe la période&#xa0;: les dossiers ouverts assignés à chaque intervenant·e maintenant.</translation>
    </message>
    <message>
        <source>A snapshot at the end of %1, the period&apos;s last day: a note counts when its latest submission by then had not yet been signed, returned or filed; notes reviewed since still count here.</source>
        <translation>Un portrait à la fin du %1, dernier jour de la période&#xa0;: une note compte quand sa dernière soumission à cette date n’avait pas encore été signée, retournée ni classée; les notes révisées depuis comptent quand même ici.</translation>
    </message>
    <message>
        <source>1 duplicate record merged into another in the period is left out: a merge is not a closure.</source>
        <translation>1 doublon fusionné dans un autre dossier pendant la période est laissé de côté&#xa0;: une fusion n’est pas une fermeture.</translation>
    </message>
    <message>
        <source>%1 duplicate records merged into another in the period are left out: a merge is not a closure.</source>
        <translation>%1 doublons fusionnés dans un autre dossier pendant la période sont laissés de côté&#xa0;: une fusion n’est pas une fermeture.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>CSV file (*.csv)</source>
        <extracomment>How long after the last change of a custom date the report runs again. A chart&apos;s size in a printed report (in the document&apos;s pixels; the page is ~650 wide). What each &quot;Save as&quot; button writes.</extracomment>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>Fichier PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>The whole agency&apos;s work, counted for the period you choose. No client&apos;s name or note appears in a report.</source>
        <translation>Le travail de tout l’organisme, compté pour la période choisie. Aucun nom de client·e ni aucune note n’apparaît dans un rapport.</translation>
    </message>
    <message>
        <source>Your team&apos;s work (the people reporting to you, and your own), counted for the period you choose. No client&apos;s name or note appears in a report.</source>
        <translation>Le travail de votre équipe (les personnes qui relèvent de vous, et le vôtre), compté pour la période choisie. Aucun nom de client·e ni aucune note n’apparaît dans un rapport.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;au</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Enregistrer en &amp;CSV…</translation>
    </message>
    <message>
        <source>The tables as a CSV file that spreadsheets open</source>
        <translation>Les tableaux dans un fichier CSV qu’ouvrent les tableurs</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>The report as a PDF, with the agency&apos;s name, the period and charts</source>
        <translation>Le rapport en PDF, avec le nom de l’organisme, la période et les graphiques</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <source>Print the report (Ctrl+P)</source>
        <translation>Imprimer le rapport (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Sections of the report</source>
        <translation>Sections du rapport</translation>
    </message>
    <message>
        <source>Counting %1 for %2…</source>
        <translation>Calcul en cours&#xa0;: %1, pour %2…</translation>
    </message>
    <message>
        <source>This report has nothing to show for this period.</source>
        <translation>Ce rapport n’a rien à montrer pour cette période.</translation>
    </message>
    <message>
        <source>%1 · %2 (%3) · made %4 by %5</source>
        <translation>%1 · %2 (%3) · fait le %4 par %5</translation>
    </message>
    <message>
        <source>Save report as %1</source>
        <translation>Enregistrer le rapport en %1</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>%1 enregistré dans %2.</translation>
    </message>
</context>
<context>
    <name>RevokeConsentDialog</name>
    <message>
        <source>Revoke consent</source>
        <translation>Révoquer le consentement</translation>
    </message>
    <message>
        <source>&amp;Revoked on</source>
        <translation>&amp;Révoqué le</translation>
    </message>
    <message>
        <source>Date the client withdrew consent</source>
        <translation>Date à laquelle le ou la client·e a retiré son consentement</translation>
    </message>
    <message>
        <source>The client withdrew their consent to share with &lt;b&gt;{name}&lt;/b&gt; (given {date}). From the date below nothing may be shared under it. The consent stays on record.</source>
        <translation>La personne a retiré son consentement à communiquer avec &lt;b&gt;{name}&lt;/b&gt; (donné le {date}). À partir de la date ci-dessous, rien ne peut être communiqué en vertu de celui-ci. Le consentement reste au dossier.</translation>
    </message>
</context>
<context>
    <name>RiskBadge</name>
    <message>
        <source>Risk: </source>
        <extracomment>(background, text) per level; the same values as resources/style.qss. Item-data role under which models hand the delegate a RiskLevel (or None).</extracomment>
        <translation>Risque&#xa0;: </translation>
    </message>
    <message>
        <source>Risk level: {level}</source>
        <translation>Niveau de risque&#xa0;: {level}</translation>
    </message>
</context>
<context>
    <name>RiskChart</name>
    <message>
        <source>Risk level over time</source>
        <extracomment>A quiet line colour for paths and spans (the markers carry the meaning). How a progress entry&apos;s status is drawn: marker shape, colour, size. Room around a row&apos;s label (QtCharts shows &quot;...&quot; for a label its row cannot hold), and what the axes, legend and margins take beyond the rows, in multiples of a text line. The most of the tab the goal timeline takes; more goals than fit scroll inside it. Characters of a goal&apos;s words on the timeline&apos;s axis (the list beside it has them all). The new fixed height, each time the rows to show change it.</extracomment>
        <translation>Niveau de risque au fil du temps</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <source>1 signed rating over time</source>
        <translation>1 cote signée au fil du temps</translation>
    </message>
    <message>
        <source>{n} signed ratings over time</source>
        <translation>{n} cotes signées au fil du temps</translation>
    </message>
    <message>
        <source>{date}: {level}</source>
        <translation>{date}&#xa0;: {level}</translation>
    </message>
</context>
<context>
    <name>RiskContextPanel</name>
    <message>
        <source>This client has an open risk alert, so step 5 cannot be marked not addressed: write how risk and the safety plan were checked.</source>
        <translation>Ce ou cette client·e a une alerte de risque ouverte, donc l’étape 5 ne peut pas être marquée non abordée&#xa0;: écrivez comment le risque et le plan de sécurité ont été vérifiés.</translation>
    </message>
    <message>
        <source>&lt;i&gt;No safety plan on record yet. Write one with the client on the record&apos;s Safety plan tab.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aucun plan de sécurité au dossier pour l’instant. Rédigez-en un avec la personne dans l’onglet Plan de sécurité du dossier.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Safety plan, version {n}&lt;/b&gt; — saved {date} by {name}</source>
        <translation>&lt;b&gt;Plan de sécurité, version {n}&lt;/b&gt; — enregistré le {date} par {name}</translation>
    </message>
    <message>
        <source>Open risk alert and current safety plan</source>
        <translation>Alerte de risque ouverte et plan de sécurité actuel</translation>
    </message>
    <message>
        <source>Current safety plan</source>
        <translation>Plan de sécurité actuel</translation>
    </message>
    <message>
        <source>Open risk alert: </source>
        <translation>Alerte de risque ouverte&#xa0;: </translation>
    </message>
    <message>
        <source>{level} risk was recorded on {date} by {name}, and no supervisor has cleared the alert yet. Check the risk again in this contact and go over the plan below.</source>
        <translation>Un risque {level} a été inscrit le {date} par {name}, et aucun·e superviseur·e n’a encore levé l’alerte. Vérifiez le risque de nouveau pendant ce contact et passez en revue le plan ci-dessous.</translation>
    </message>
    <message>
        <source>The client&apos;s risk alert and safety plan could not be shown: {error}</source>
        <translation>L’alerte de risque et le plan de sécurité du ou de la client·e n’ont pas pu être affichés&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>RiskHistoryTab</name>
    <message>
        <source>Risk history</source>
        <translation>Historique du risque</translation>
    </message>
    <message>
        <source>Risk history: summary</source>
        <translation>Historique du risque&#xa0;: résumé</translation>
    </message>
    <message>
        <source>The risk level recorded in each signed note, latest first.</source>
        <translation>Le niveau de risque inscrit dans chaque note signée, le plus récent d’abord.</translation>
    </message>
    <message>
        <source>Loading risk history</source>
        <translation>Chargement de l’historique du risque</translation>
    </message>
    <message>
        <source>No risk level has been recorded in a signed note yet.</source>
        <translation>Aucun niveau de risque n’a encore été inscrit dans une note signée.</translation>
    </message>
    <message>
        <source>No risk history</source>
        <translation>Aucun historique du risque</translation>
    </message>
    <message>
        <source>Risk levels from signed notes</source>
        <translation>Niveaux de risque des notes signées</translation>
    </message>
    <message>
        <source>Open note</source>
        <translation>Ouvrir la note</translation>
    </message>
    <message>
        <source>Open the note of the selected rating</source>
        <translation>Ouvrir la note de l’évaluation sélectionnée</translation>
    </message>
    <message>
        <source>Double-click a row, or press Enter, to read the note.</source>
        <translation>Double-cliquez sur une ligne, ou appuyez sur Entrée, pour lire la note.</translation>
    </message>
    <message>
        <source>1 signed rating, latest {level} on {date}</source>
        <translation>1 cote signée, la plus récente {level} le {date}</translation>
    </message>
    <message>
        <source>{n} signed ratings, latest {level} on {date}</source>
        <translation>{n} cotes signées, la plus récente {level} le {date}</translation>
    </message>
</context>
<context>
    <name>RiskWords</name>
    <message>
        <source>none</source>
        <extracomment>The risk levels in lower case, for the middle of a sentence (&quot;Risk is high.&quot;).</extracomment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modéré</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>imminent</source>
        <translation>imminent</translation>
    </message>
</context>
<context>
    <name>SafetyPlanDialog</name>
    <message>
        <source>Save as version {n}</source>
        <translation>Enregistrer comme version {n}</translation>
    </message>
    <message>
        <source>A first safety plan for this client, written with them, in their words.</source>
        <translation>Un premier plan de sécurité pour ce ou cette client·e, rédigé avec la personne, dans ses mots.</translation>
    </message>
    <message>
        <source>Changes to version {n}. Saving makes version {next}; version {n} stays as it is.</source>
        <translation>Changements à la version {n}. Enregistrer crée la version {next}; la version {n} reste telle quelle.</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de sécurité</translation>
    </message>
    <message>
        <source>New safety-plan version</source>
        <translation>Nouvelle version du plan de sécurité</translation>
    </message>
    <message>
        <source>Save mine as version {n}</source>
        <translation>Enregistrer la mienne comme version {n}</translation>
    </message>
    <message>
        <source>{name} saved version {n} at {when} while you were editing. Your text is still here: press Save to keep it as version {next} anyway, or Cancel and read theirs first.</source>
        <translation>{name} a enregistré la version {n} à {when} pendant que vous l’éditiez. Votre texte est toujours ici&#xa0;: appuyez sur Enregistrer pour le garder quand même comme version {next}, ou sur Annuler pour lire la sienne d’abord.</translation>
    </message>
    <message>
        <source>&amp;1. Warning signs</source>
        <translation>&amp;1. Signes avant-coureurs</translation>
    </message>
    <message>
        <source>1. Warning signs</source>
        <translation>1. Signes avant-coureurs</translation>
    </message>
    <message>
        <source>&amp;2. Things I can do on my own to cope</source>
        <translation>&amp;2. Ce que je peux faire seul·e pour faire face</translation>
    </message>
    <message>
        <source>2. Things I can do on my own to cope</source>
        <translation>2. Ce que je peux faire seul·e pour faire face</translation>
    </message>
    <message>
        <source>&amp;3. People and places that take my mind off things</source>
        <translation>&amp;3. Les personnes et les lieux qui me changent les idées</translation>
    </message>
    <message>
        <source>3. People and places that take my mind off things</source>
        <translation>3. Les personnes et les lieux qui me changent les idées</translation>
    </message>
    <message>
        <source>&amp;4. People I can ask for help</source>
        <translation>&amp;4. Les personnes à qui je peux demander de l’aide</translation>
    </message>
    <message>
        <source>4. People I can ask for help</source>
        <translation>4. Les personnes à qui je peux demander de l’aide</translation>
    </message>
    <message>
        <source>&amp;5. Professionals and services, crisis lines included</source>
        <translation>&amp;5. Professionnel·les et services, lignes de crise comprises</translation>
    </message>
    <message>
        <source>5. Professionals and services, crisis lines included</source>
        <translation>5. Professionnel·les et services, lignes de crise comprises</translation>
    </message>
    <message>
        <source>&amp;6. Making my surroundings safer</source>
        <translation>&amp;6. Rendre mon environnement plus sécuritaire</translation>
    </message>
    <message>
        <source>6. Making my surroundings safer</source>
        <translation>6. Rendre mon environnement plus sécuritaire</translation>
    </message>
    <message>
        <source>&amp;7. Reasons for living</source>
        <translation>&amp;7. Mes raisons de vivre</translation>
    </message>
    <message>
        <source>7. Reasons for living</source>
        <translation>7. Mes raisons de vivre</translation>
    </message>
</context>
<context>
    <name>SafetyPlanTab</name>
    <message>
        <source>Safety plan</source>
        <translation>Plan de sécurité</translation>
    </message>
    <message>
        <source>Version shown</source>
        <translation>Version affichée</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Version of the safety plan to read</source>
        <translation>Version du plan de sécurité à lire</translation>
    </message>
    <message>
        <source>Nothing written yet.</source>
        <translation>Rien d’écrit pour l’instant.</translation>
    </message>
    <message>
        <source> from note #{id}</source>
        <translation> à partir de la note no {id}</translation>
    </message>
    <message>
        <source>Version {n}, saved {when} by {name}{source}.</source>
        <translation>Version {n}, enregistrée le {when} par {name}{source}.</translation>
    </message>
    <message>
        <source>  (current)</source>
        <translation>  (actuelle)</translation>
    </message>
    <message>
        <source>Version {n} — {date}</source>
        <translation>Version {n} — {date}</translation>
    </message>
    <message>
        <source>Write a ne&amp;w version…</source>
        <translation>Rédiger une nou&amp;velle version…</translation>
    </message>
    <message>
        <source>&amp;Write a safety plan…</source>
        <translation>&amp;Rédiger un plan de sécurité…</translation>
    </message>
    <message>
        <source>Version {n} of {latest}, {date}, {name}</source>
        <translation>Version {n} sur {latest}, {date}, {name}</translation>
    </message>
    <message>
        <source>You are reading version {n}, kept as it was saved. The plan in use is version {latest}.</source>
        <translation>Vous lisez la version {n}, gardée telle qu’elle a été enregistrée. Le plan en usage est la version {latest}.</translation>
    </message>
    <message>
        <source>Safety plan saved as version {n}.</source>
        <translation>Plan de sécurité enregistré comme version {n}.</translation>
    </message>
    <message>
        <source>Write a new version of the safety plan</source>
        <translation>Rédiger une nouvelle version du plan de sécurité</translation>
    </message>
    <message>
        <source>Saving creates the next version; earlier versions stay readable.</source>
        <translation>Enregistrer crée la version suivante; les versions précédentes restent lisibles.</translation>
    </message>
    <message>
        <source>Made with the client, in their words: what to watch for and who to turn to. Each change is saved as a new version; earlier versions stay as they were.</source>
        <translation>Fait avec le ou la client·e, dans ses mots&#xa0;: ce qu’il faut surveiller et vers qui se tourner. Chaque changement est enregistré comme une nouvelle version; les versions précédentes restent telles qu’elles étaient.</translation>
    </message>
    <message>
        <source>Loading the safety plan</source>
        <translation>Chargement du plan de sécurité</translation>
    </message>
    <message>
        <source>No safety plan yet. Write one with the client: warning signs, ways to cope, people and places, who to call, a safer environment and reasons for living.</source>
        <translation>Pas encore de plan de sécurité. Rédigez-en un avec la personne&#xa0;: signes avant-coureurs, façons de faire face, personnes et lieux, qui appeler, un environnement plus sécuritaire et ses raisons de vivre.</translation>
    </message>
    <message>
        <source>No safety plan</source>
        <translation>Aucun plan de sécurité</translation>
    </message>
    <message>
        <source>The safety plan</source>
        <translation>Le plan de sécurité</translation>
    </message>
</context>
<context>
    <name>SafetyPlanText</name>
    <message>
        <source>Warning signs</source>
        <translation>Signes avant-coureurs</translation>
    </message>
    <message>
        <source>Things I can do on my own to cope</source>
        <translation>Ce que je peux faire seul·e pour faire face</translation>
    </message>
    <message>
        <source>People and places that take my mind off things</source>
        <translation>Les personnes et les lieux qui me changent les idées</translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation>Les personnes à qui je peux demander de l’aide</translation>
    </message>
    <message>
        <source>Professionals and services, crisis lines included</source>
        <translation>Professionnel·les et services, lignes de crise comprises</translation>
    </message>
    <message>
        <source>Making my surroundings safer</source>
        <translation>Rendre mon environnement plus sécuritaire</translation>
    </message>
    <message>
        <source>Reasons for living</source>
        <translation>Mes raisons de vivre</translation>
    </message>
    <message>
        <source>Thoughts, feelings, situations or behaviours that tell the client a crisis may be coming.</source>
        <translation>Pensées, émotions, situations ou comportements qui signalent à la personne qu’une crise approche peut-être.</translation>
    </message>
    <message>
        <source>What the client can do alone to take their mind off things, without contacting anyone.</source>
        <translation>Ce que la personne peut faire seule pour se changer les idées, sans joindre personne.</translation>
    </message>
    <message>
        <source>People to be with and social settings that help, not necessarily to talk about the crisis.</source>
        <translation>Les personnes avec qui être et les milieux sociaux qui aident, pas forcément pour parler de la crise.</translation>
    </message>
    <message>
        <source>Family members or friends the client can ask for help, with phone numbers.</source>
        <translation>Les membres de la famille ou les ami·es à qui la personne peut demander de l’aide, avec leurs numéros de téléphone.</translation>
    </message>
    <message>
        <source>Clinicians, the agency, emergency services and crisis lines, with numbers and hours.</source>
        <translation>Les clinicien·nes, l’organisme, les services d’urgence et les lignes de crise, avec numéros et heures.</translation>
    </message>
    <message>
        <source>How the client will make the means they might use less available.</source>
        <translation>Comment la personne rendra moins accessibles les moyens qu’elle pourrait utiliser.</translation>
    </message>
    <message>
        <source>What matters most to the client and is worth living for, in their words.</source>
        <translation>Ce qui compte le plus pour la personne et vaut la peine de vivre, dans ses mots.</translation>
    </message>
</context>
<context>
    <name>SectionModel</name>
    <message>
        <source>Total</source>
        <extracomment>The share of a section&apos;s width its table gets, at least when the chart needs the room and at most ever (the table scrolls sideways beyond). A table beside its chart is at least this wide (its footnotes read below it) ... ... and at least this high, or as high as its rows when they are fewer. A number column&apos;s header longer than this goes on two lines. A printed table with more columns than this is set in smaller type.</extracomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SectionView</name>
    <message>
        <source>%1: table</source>
        <translation>%1&#xa0;: tableau</translation>
    </message>
    <message>
        <source>%1: chart</source>
        <translation>%1&#xa0;: graphique</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Agency settings</source>
        <translation>Paramètres de l’organisme</translation>
    </message>
    <message>
        <source>Days a client at {risk} risk may go without contact</source>
        <translation>Jours pendant lesquels un·e client·e à risque {risk} peut rester sans contact</translation>
    </message>
    <message>
        <source>A client at {risk} risk with no contact and no follow-up planned within this many days is listed as needing contact, for supervisors and on the caseload</source>
        <translation>Un·e client·e à risque {risk} sans contact ni suivi prévu dans ce nombre de jours est inscrit·e comme ayant besoin d’un contact, pour les superviseur·es et dans la charge de cas</translation>
    </message>
    <message>
        <source>Needs contact, {risk} risk, after</source>
        <translation>Contact requis, risque {risk}, après</translation>
    </message>
    <message>
        <source>Month the fiscal year starts in</source>
        <translation>Mois où commence l’exercice financier</translation>
    </message>
    <message>
        <source>Reports&apos; &quot;This fiscal year&quot; and &quot;Last fiscal year&quot; start on the first day of this month (April for most funders)</source>
        <translation>«&#xa0;Cet exercice&#xa0;» et «&#xa0;Exercice précédent&#xa0;» des rapports commencent le premier jour de ce mois (avril pour la plupart des bailleurs de fonds)</translation>
    </message>
    <message>
        <source>Fiscal year starts in</source>
        <translation>Début de l’exercice financier</translation>
    </message>
    <message>
        <source>Nothing to save: no setting was changed.</source>
        <translation>Rien à enregistrer&#xa0;: aucun paramètre n’a changé.</translation>
    </message>
    <message>
        <source>Saved at {time}.</source>
        <translation>Enregistré à {time}.</translation>
    </message>
    <message>
        <source>Changes apply to everyone in the agency and are recorded in the audit log.</source>
        <translation>Les changements s’appliquent à tout l’organisme et sont inscrits au journal d’audit.</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>Nom de l’organisme</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>Agency phone</source>
        <translation>Téléphone de l’organisme</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <source>Agency email</source>
        <translation>Courriel de l’organisme</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Agency address</source>
        <translation>Adresse de l’organisme</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>&amp;Lock after idle</source>
        <translation>&amp;Verrouiller après inactivité</translation>
    </message>
    <message>
        <source>Lock the screen after this many idle minutes</source>
        <translation>Verrouiller l’écran après ce nombre de minutes d’inactivité</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Late entry &amp;after</source>
        <translation>Entrée tardive &amp;après</translation>
    </message>
    <message>
        <source>A note written this many hours after the contact is flagged late</source>
        <translation>Une note rédigée ce nombre d’heures après le contact est signalée comme tardive</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>Referral follow-&amp;up after</source>
        <translation>Suivi des ré&amp;férences après</translation>
    </message>
    <message>
        <source>Referrals with no outcome after this many days are listed</source>
        <translation>Les références sans résultat après ce nombre de jours sont listées</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Lock account &amp;after</source>
        <translation>Verrouiller le compte &amp;après</translation>
    </message>
    <message>
        <source>Failed logins before an account is locked for 15 minutes</source>
        <translation>Échecs de connexion avant qu’un compte soit verrouillé pendant 15 minutes</translation>
    </message>
    <message>
        <source> failed logins</source>
        <translation> échecs de connexion</translation>
    </message>
    <message>
        <source>Supervisors may approve their &amp;own notes</source>
        <translation>Les superviseur·es peuvent approuver leurs pr&amp;opres notes</translation>
    </message>
    <message>
        <source>Supervisors may approve their own notes</source>
        <translation>Les superviseur·es peuvent approuver leurs propres notes</translation>
    </message>
    <message>
        <source>Supervisors see &amp;every client of the agency, not only their team&apos;s</source>
        <translation>Les superviseur·es voient &amp;chaque client·e de l’organisme, pas seulement ceux et celles de leur équipe</translation>
    </message>
    <message>
        <source>Supervisors see every client</source>
        <translation>Les superviseur·es voient chaque client·e</translation>
    </message>
    <message>
        <source>&amp;Out of touch after</source>
        <translation>Sans c&amp;ontact après</translation>
    </message>
    <message>
        <source>Open files with no contact for this many days are listed for supervisors</source>
        <translation>Les dossiers ouverts sans contact depuis ce nombre de jours sont listés pour les superviseur·es</translation>
    </message>
    <message>
        <source>Supervisors&apos; &quot;No recent contact&quot; list proposes closing these files; nothing closes by itself</source>
        <translation>La liste «&#xa0;Aucun contact récent&#xa0;» des superviseur·es propose de fermer ces dossiers; rien ne se ferme tout seul</translation>
    </message>
    <message>
        <source> days without contact</source>
        <translation> jours sans contact</translation>
    </message>
    <message>
        <source>&amp;Workers may register new clients (assigned to themselves)</source>
        <translation>Les &amp;intervenant·es peuvent inscrire de nouveaux·elles client·es (qui leur sont assigné·es)</translation>
    </message>
    <message>
        <source>Workers may register new clients</source>
        <translation>Les intervenant·es peuvent inscrire de nouveaux·elles client·es</translation>
    </message>
    <message>
        <source>Workers may &amp;close and reopen their clients&apos; files</source>
        <translation>Les intervenant·es peuvent &amp;fermer et rouvrir les dossiers de leurs client·es</translation>
    </message>
    <message>
        <source>Workers may close and reopen their clients&apos; files</source>
        <translation>Les intervenant·es peuvent fermer et rouvrir les dossiers de leurs client·es</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Annuler les changements</translation>
    </message>
    <message>
        <source>Undo unsaved changes</source>
        <translation>Annuler les changements non enregistrés</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up pswdesk</source>
        <translation>Configurer pswdesk</translation>
    </message>
    <message>
        <source>First-run setup</source>
        <translation>Configuration initiale</translation>
    </message>
    <message>
        <source>Welcome to pswdesk</source>
        <translation>Bienvenue dans pswdesk</translation>
    </message>
    <message>
        <source>Case notes for your peer-support agency, kept on this computer or on your agency&apos;s server.</source>
        <translation>Des notes de suivi pour votre organisme de soutien par les pairs, gardées sur cet ordinateur ou sur le serveur de votre organisme.</translation>
    </message>
    <message>
        <source>This database is empty. In the next two steps you name your agency and create the first administrator account. The administrator then adds workers and supervisors from the Users page.</source>
        <translation>Cette base de données est vide. Dans les deux prochaines étapes, vous nommez votre organisme et créez le premier compte administrateur. L’administrateur·rice ajoute ensuite les intervenant·es et les superviseur·es dans la page Utilisateurs.</translation>
    </message>
    <message>
        <source>Just looking?</source>
        <translation>Vous voulez juste regarder?</translation>
    </message>
    <message>
        <source>Open a separate demo database with fictional clients and notes, and one account for each role. Nothing is written to this database.</source>
        <translation>Ouvrir une base de démonstration distincte, avec des client·es et des notes fictifs et un compte pour chaque rôle. Rien n’est écrit dans cette base de données.</translation>
    </message>
    <message>
        <source>Open &amp;demo data instead</source>
        <translation>Ouvrir les données de &amp;démonstration plutôt</translation>
    </message>
    <message>
        <source>Open demo data instead</source>
        <translation>Ouvrir les données de démonstration plutôt</translation>
    </message>
    <message>
        <source>Your agency</source>
        <translation>Votre organisme</translation>
    </message>
    <message>
        <source>The name appears in the title bar and on every handover summary. You can change it later in Agency settings.</source>
        <translation>Le nom apparaît dans la barre de titre et sur chaque sommaire de transfert. Vous pourrez le changer plus tard dans Paramètres de l’organisme.</translation>
    </message>
    <message>
        <source>Agency &amp;name</source>
        <translation>&amp;Nom de l’organisme</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>Nom de l’organisme</translation>
    </message>
    <message>
        <source>e.g. Riverside Peer Support</source>
        <translation>p. ex. Soutien par les pairs Riverside</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Premier·ère administrateur·rice</translation>
    </message>
    <message>
        <source>The administrator manages accounts and settings. Administrators do not see client records unless they also hold the worker or supervisor role.</source>
        <translation>L’administrateur·rice gère les comptes et les paramètres. Les administrateur·rices ne voient pas les dossiers des client·es, sauf s’ils ou elles ont aussi le rôle d’intervenant·e ou de superviseur·e.</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>Nom &amp;complet</translation>
    </message>
    <message>
        <source>Administrator&apos;s full name</source>
        <translation>Nom complet de l’administrateur·rice</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nom d’&amp;utilisateur</translation>
    </message>
    <message>
        <source>Administrator&apos;s user name</source>
        <translation>Nom d’utilisateur de l’administrateur·rice</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Confirm password</source>
        <translation>&amp;Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>At least 8 characters. A short sentence is easier to remember and harder to guess.</source>
        <translation>Au moins 8 caractères. Une courte phrase est plus facile à retenir et plus difficile à deviner.</translation>
    </message>
    <message>
        <source>Setup problem</source>
        <translation>Problème de configuration</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <source>The agency&apos;s records are encrypted on this computer. This key opens them; pswdesk shows it only now.</source>
        <translation>Les dossiers de l’organisme sont chiffrés sur cet ordinateur. Cette clé les ouvre; pswdesk ne l’affiche que maintenant.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation>Copier la clé de récupération</translation>
    </message>
    <message>
        <source>&amp;Print recovery sheet…</source>
        <translation>&amp;Imprimer la feuille de récupération…</translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation>Imprimer la feuille de récupération</translation>
    </message>
    <message>
        <source>Save sheet as PD&amp;F…</source>
        <translation>Enregistrer la feuille en PD&amp;F…</translation>
    </message>
    <message>
        <source>Save the recovery sheet as a PDF file</source>
        <translation>Enregistrer la feuille de récupération dans un fichier PDF</translation>
    </message>
    <message>
        <source>Copy and print status</source>
        <translation>État de la copie et de l’impression</translation>
    </message>
    <message>
        <source>Keep the key somewhere safe and away from this computer: the printed sheet in a locked drawer, or the agency&apos;s password manager. You need it if this computer is replaced or its system reinstalled, and to restore a backup elsewhere. Without it nobody can open the records, not even pswdesk&apos;s makers.</source>
        <translation>Gardez la clé en lieu sûr, loin de cet ordinateur&#xa0;: la feuille imprimée dans un tiroir verrouillé, ou le gestionnaire de mots de passe de l’organisme. Vous en aurez besoin si cet ordinateur est remplacé ou son système réinstallé, et pour restaurer une sauvegarde ailleurs. Sans elle, personne ne peut ouvrir les dossiers, pas même les créateurs de pswdesk.</translation>
    </message>
    <message>
        <source>Where the key is kept on this computer</source>
        <translation>Où la clé est gardée sur cet ordinateur</translation>
    </message>
    <message>
        <source>I have &amp;stored the recovery key somewhere safe</source>
        <translation>J’ai &amp;rangé la clé de récupération en lieu sûr</translation>
    </message>
    <message>
        <source>I have stored the recovery key somewhere safe</source>
        <translation>J’ai rangé la clé de récupération en lieu sûr</translation>
    </message>
    <message>
        <source>a file on this computer, %1</source>
        <translation>un fichier sur cet ordinateur, %1</translation>
    </message>
    <message>
        <source>the server %1, database %2</source>
        <translation>le serveur %1, base de données %2</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Create agency</source>
        <translation>Créer l’organisme</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création en cours…</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>In a list (caseload, queue, drafts, search results)</source>
        <translation>Dans une liste (charge de cas, file, brouillons, résultats de recherche)</translation>
    </message>
    <message>
        <source>Open the selected client or note</source>
        <translation>Ouvrir le ou la client·e ou la note sélectionné·e</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>In a caseload: start a note for the selected client</source>
        <translation>Dans une charge de cas&#xa0;: commencer une note pour le ou la client·e sélectionné·e</translation>
    </message>
    <message>
        <source>In My drafts: delete the selected draft (it asks first)</source>
        <translation>Dans Mes brouillons&#xa0;: supprimer le brouillon sélectionné (confirmation demandée)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>In a client&apos;s record</source>
        <translation>Dans le dossier d’un·e client·e</translation>
    </message>
    <message>
        <source>On the Notes tab: search this client&apos;s notes</source>
        <translation>Dans l’onglet Notes&#xa0;: chercher dans les notes de ce ou cette client·e</translation>
    </message>
    <message>
        <source>On a tab&apos;s list: open the selected row</source>
        <translation>Dans la liste d’un onglet&#xa0;: ouvrir la ligne sélectionnée</translation>
    </message>
    <message>
        <source>In the note editor</source>
        <translation>Dans l’éditeur de notes</translation>
    </message>
    <message>
        <source>Save the draft now (it also saves by itself)</source>
        <translation>Enregistrer le brouillon maintenant (il s’enregistre aussi de lui-même)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>Go to step 1 to 8</source>
        <translation>Aller aux étapes 1 à 8</translation>
    </message>
    <message>
        <source>Alt+1 to Alt+8</source>
        <translation>Alt+1 à Alt+8</translation>
    </message>
    <message>
        <source>Check the note and submit it</source>
        <translation>Vérifier la note et la soumettre</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Reading a note</source>
        <translation>Lecture d’une note</translation>
    </message>
    <message>
        <source>Print the note</source>
        <translation>Imprimer la note</translation>
    </message>
    <message>
        <source>After you approve or return a note: Next in queue</source>
        <translation>Après avoir approuvé ou retourné une note&#xa0;: Suivante dans la file</translation>
    </message>
    <message>
        <source>Close the note</source>
        <translation>Fermer la note</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Move between fields and lists</source>
        <translation>Passer d’un champ ou d’une liste à l’autre</translation>
    </message>
    <message>
        <source>In a date field: move between day, month, year and time with the arrow keys (Up and Down change them); Tab moves on</source>
        <translation>Dans un champ de date&#xa0;: passer du jour au mois, à l’année et à l’heure avec les flèches (Haut et Bas les changent); Tab passe au suivant</translation>
    </message>
    <message>
        <source>Press a button or go to a field: Alt and its underlined letter</source>
        <translation>Appuyer sur un bouton ou aller à un champ&#xa0;: Alt et sa lettre soulignée</translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <translation>Alt+lettre</translation>
    </message>
    <message>
        <source>Close a help window, such as this one</source>
        <translation>Fermer une fenêtre d’aide, comme celle-ci</translation>
    </message>
    <message>
        <source>In the main window</source>
        <translation>Dans la fenêtre principale</translation>
    </message>
</context>
<context>
    <name>SignConfirmation</name>
    <message>
        <source>No safety plan on record for this client.</source>
        <translation>Aucun plan de sécurité au dossier de ce ou cette client·e.</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>The risk levels in lower case, as the title and the heading say them.</extracomment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modéré</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>imminent</source>
        <translation>imminent</translation>
    </message>
    <message>
        <source>Safety plan reviewed</source>
        <extracomment>The risk actions&apos; short names (``services.sign_check.ACTION_NAMES``), listed for lupdate.</extracomment>
        <translation>Plan de sécurité revu</translation>
    </message>
    <message>
        <source>Support people told</source>
        <translation>Personnes de soutien avisées</translation>
    </message>
    <message>
        <source>Crisis protocol followed</source>
        <translation>Protocole de crise suivi</translation>
    </message>
    <message>
        <source>Emergency services involved</source>
        <translation>Services d’urgence impliqués</translation>
    </message>
    <message>
        <source>A client at this level of risk should have one; consider asking the worker to make it with the client.</source>
        <translation>Une personne à ce niveau de risque devrait en avoir un; pensez à demander à l’intervenant·e de le faire avec elle.</translation>
    </message>
    <message>
        <source>Version {n}, saved {date}</source>
        <translation>Version {n}, enregistrée le {date}</translation>
    </message>
    <message>
        <source> by {name}</source>
        <translation> par {name}</translation>
    </message>
    <message>
        <source>Not filled in: {headings}</source>
        <translation>Non rempli&#xa0;: {headings}</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucun inscrit</translation>
    </message>
    <message>
        <source>Client: &lt;b&gt;{client}&lt;/b&gt; · note by {author}</source>
        <translation>Client·e&#xa0;: &lt;b&gt;{client}&lt;/b&gt; · note de {author}</translation>
    </message>
    <message>
        <source>Risk level: {level}</source>
        <translation>Niveau de risque&#xa0;: {level}</translation>
    </message>
    <message>
        <source>Indicators: {indicators}</source>
        <translation>Indicateurs&#xa0;: {indicators}</translation>
    </message>
    <message>
        <source>Risk actions recorded in this note</source>
        <translation>Actions face au risque inscrites dans cette note</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non inscrit</translation>
    </message>
    <message>
        <source>{action}: {answer}</source>
        <translation>{action}&#xa0;: {answer}</translation>
    </message>
    <message>
        <source>No risk action is recorded in this note.</source>
        <translation>Aucune action face au risque n’est inscrite dans cette note.</translation>
    </message>
    <message>
        <source>Next check-in: {date}</source>
        <translation>Prochain suivi&#xa0;: {date}</translation>
    </message>
    <message>
        <source>No next check-in is set.</source>
        <translation>Aucun prochain suivi n’est prévu.</translation>
    </message>
    <message>
        <source>The client&apos;s current safety plan</source>
        <translation>Le plan de sécurité actuel du ou de la client·e</translation>
    </message>
    <message>
        <source>Sign a {level}-risk note — {client}</source>
        <translation>Signer une note à risque {level} — {client}</translation>
    </message>
    <message>
        <source>This note records {level} risk. Check how it was handled before you sign it.</source>
        <translation>Cette note inscrit un risque {level}. Vérifiez comment il a été pris en charge avant de la signer.</translation>
    </message>
    <message>
        <source>The note&apos;s risk, its risk actions and the safety plan</source>
        <translation>Le risque de la note, ses actions face au risque et le plan de sécurité</translation>
    </message>
    <message>
        <source>Signing locks the note and records that you have seen this. Go back to leave it waiting, or to return it with a comment.</source>
        <translation>Signer verrouille la note et inscrit que vous avez vu ceci. Revenez en arrière pour la laisser en attente, ou pour la retourner avec un commentaire.</translation>
    </message>
    <message>
        <source>&amp;Approve and sign</source>
        <translation>&amp;Approuver et signer</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Revenir</translation>
    </message>
</context>
<context>
    <name>StaleReferralsPage</name>
    <message>
        <source>&amp;Open client</source>
        <extracomment>(client id, tab key): open the client&apos;s record on that tab.</extracomment>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the referrals of the selected client</source>
        <translation>Ouvrir les références du ou de la client·e sélectionné·e</translation>
    </message>
    <message>
        <source>Double-click a referral, or press Enter, to open the client.</source>
        <translation>Double-cliquez sur une référence, ou appuyez sur Entrée, pour ouvrir le dossier.</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} jours</translation>
    </message>
</context>
<context>
    <name>StrengthDialog</name>
    <message>
        <source>Strength or resource</source>
        <translation>Force ou ressource</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Kind of item</source>
        <translation>Type d’élément</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>e.g. “Keeps going to the Tuesday walking group”</source>
        <translation>p. ex. «&#xa0;Continue d’aller au groupe de marche du mardi&#xa0;»</translation>
    </message>
    <message>
        <source>Add a strength or resource</source>
        <translation>Ajouter une force ou une ressource</translation>
    </message>
</context>
<context>
    <name>StrengthsTab</name>
    <message>
        <source>Strengths and resources</source>
        <translation>Forces et ressources</translation>
    </message>
    <message>
        <source>Strengths and resources: summary</source>
        <translation>Forces et ressources&#xa0;: résumé</translation>
    </message>
    <message>
        <source>Sho&amp;w retired items</source>
        <translation>Aff&amp;icher les éléments retirés</translation>
    </message>
    <message>
        <source>Show retired items</source>
        <translation>Afficher les éléments retirés</translation>
    </message>
    <message>
        <source>What the client has going for them: strengths, past successes, the people who support them and community resources, each dated with the note that found it.</source>
        <translation>Ce sur quoi la personne peut compter&#xa0;: ses forces, ses réussites passées, les personnes qui la soutiennent et les ressources communautaires, chacune datée avec la note qui l’a relevée.</translation>
    </message>
    <message>
        <source>Loading strengths and resources</source>
        <translation>Chargement des forces et ressources</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Strengths found in step 4 of a note appear here once the note is signed, or add one now.</source>
        <translation>Rien d’inscrit pour l’instant. Les forces relevées à l’étape 4 d’une note apparaissent ici une fois la note signée, ou ajoutez-en une maintenant.</translation>
    </message>
    <message>
        <source>No strengths or resources yet</source>
        <translation>Pas encore de forces ni de ressources</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>&amp;Ajouter un élément…</translation>
    </message>
    <message>
        <source>Add a strength or resource</source>
        <translation>Ajouter une force ou une ressource</translation>
    </message>
    <message>
        <source>Retire ite&amp;m…</source>
        <translation>Retirer l’élé&amp;ment…</translation>
    </message>
    <message>
        <source>Retire the selected item, with a reason</source>
        <translation>Retirer l’élément sélectionné, avec une raison</translation>
    </message>
    <message>
        <source>Retired items leave the list but stay on record.</source>
        <translation>Les éléments retirés quittent la liste mais restent au dossier.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Strengths</source>
        <extracomment>The groups&apos; headings (``StrengthKind.heading``), listed for lupdate.</extracomment>
        <translation>Forces</translation>
    </message>
    <message>
        <source>Past successes</source>
        <translation>Réussites passées</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Soutiens</translation>
    </message>
    <message>
        <source>Community resources</source>
        <translation>Ressources communautaires</translation>
    </message>
    <message>
        <source>  — retired {date}: {reason}</source>
        <translation>  — retiré le {date}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Note #{id}</source>
        <translation>Note no {id}</translation>
    </message>
    <message>
        <source>Added on the record</source>
        <translation>Ajouté au dossier</translation>
    </message>
    <message>
        <source>{n} on record</source>
        <translation>{n} au dossier</translation>
    </message>
    <message>
        <source>Added: {kind}, {text}</source>
        <translation>Ajouté&#xa0;: {kind}, {text}</translation>
    </message>
    <message>
        <source>Retire item</source>
        <translation>Retirer l’élément</translation>
    </message>
    <message>
        <source>Retire “{text}”? It leaves the list and the handover, and stays on record with the note that found it. Say why:</source>
        <translation>Retirer « {text} »? Il quitte la liste et le sommaire de transfert, et reste au dossier avec la note qui l’a trouvé. Dites pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Retired: {text}</source>
        <translation>Retiré&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>SubmitCheck</name>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} et {last}</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>L’étape</translation>
    </message>
    <message>
        <source> is empty: write what happened or mark it not addressed</source>
        <translation> est vide&#xa0;: écrivez ce qui s’est passé ou marquez-la comme non abordée</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Les étapes</translation>
    </message>
    <message>
        <source> are empty: write what happened or mark them not addressed</source>
        <translation> sont vides&#xa0;: écrivez ce qui s’est passé ou marquez-les comme non abordées</translation>
    </message>
    <message>
        <source> (step {n})</source>
        <translation> (étape {n})</translation>
    </message>
    <message>
        <source>Before you submit, please fix (each link takes you to the field):</source>
        <translation>Avant de soumettre, veuillez corriger (chaque lien mène au champ)&#xa0;:</translation>
    </message>
    <message>
        <source>Before you submit, please fix:</source>
        <translation>Avant de soumettre, veuillez corriger&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SupervisionPage</name>
    <message>
        <source>Correct supervision session</source>
        <translation>Corriger la séance de supervision</translation>
    </message>
    <message>
        <source>Add supervision session</source>
        <translation>Ajouter une séance de supervision</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Intervenant·e</translation>
    </message>
    <message>
        <source>Date of the session</source>
        <translation>Date de la séance</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>A line or two: what you talked about</source>
        <translation>Une ligne ou deux&#xa0;: de quoi vous avez parlé</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>&amp;Intervenant·e&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>&amp;Sujets&#xa0;:</translation>
    </message>
    <message>
        <source>Review level — {name}</source>
        <translation>Niveau de révision — {name}</translation>
    </message>
    <message>
        <source>Review level</source>
        <translation>Niveau de révision</translation>
    </message>
    <message>
        <source>Sample percentage</source>
        <translation>Pourcentage de l’échantillon</translation>
    </message>
    <message>
        <source>&amp;Review:</source>
        <translation>&amp;Révision&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sample:</source>
        <translation>&amp;Échantillon&#xa0;:</translation>
    </message>
    <message>
        <source>High and imminent risk notes are always reviewed. A note not drawn for review is filed without review: locked and hashed, marked as such, never as signed.</source>
        <translation>Les notes à risque élevé ou imminent sont toujours révisées. Une note non tirée pour révision est classée sans révision&#xa0;: verrouillée et hachée, marquée comme telle, jamais comme signée.</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Log your workers&apos; supervision sessions and see their hours for a period; set how many of each worker&apos;s notes you review.</source>
        <translation>Inscrivez les séances de supervision de vos intervenant·es et voyez leurs heures pour une période; fixez combien de notes de chaque intervenant·e vous révisez.</translation>
    </message>
    <message>
        <source>Hours of supervision per worker for a period, and each worker&apos;s review level. Topics stay with the worker and their supervisor.</source>
        <translation>Heures de supervision par intervenant·e pour une période, et le niveau de révision de chacun·e. Les sujets restent entre l’intervenant·e et sa ou son superviseur·e.</translation>
    </message>
    <message>
        <source>Your supervision sessions and your hours for a period (for certification).</source>
        <translation>Vos séances de supervision et vos heures pour une période (pour la certification).</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Période du</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Période au</translation>
    </message>
    <message>
        <source>&amp;Period from</source>
        <translation>&amp;Période du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Hours of supervision per worker</source>
        <translation>Heures de supervision par intervenant·e</translation>
    </message>
    <message>
        <source>Hours per worker</source>
        <translation>Heures par intervenant·e</translation>
    </message>
    <message>
        <source>Your hours</source>
        <translation>Vos heures</translation>
    </message>
    <message>
        <source>Notes reviewed</source>
        <translation>Notes révisées</translation>
    </message>
    <message>
        <source>Review level per worker</source>
        <translation>Niveau de révision par intervenant·e</translation>
    </message>
    <message>
        <source>Change &amp;review level…</source>
        <translation>Changer le niveau de &amp;révision…</translation>
    </message>
    <message>
        <source>Review levels</source>
        <translation>Niveaux de révision</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Inscrit par</translation>
    </message>
    <message>
        <source>Supervision sessions</source>
        <translation>Séances de supervision</translation>
    </message>
    <message>
        <source>&amp;Add session…</source>
        <translation>&amp;Ajouter une séance…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Your sessions</source>
        <translation>Vos séances</translation>
    </message>
    <message>
        <source>Notes of yours your supervisor reviews: {level}. High and imminent risk notes are always reviewed.</source>
        <translation>Vos notes que votre superviseur·e révise&#xa0;: {level}. Les notes à risque élevé ou imminent sont toujours révisées.</translation>
    </message>
    <message>
        <source>High and imminent risk notes are always reviewed, whatever the level.</source>
        <translation>Les notes à risque élevé ou imminent sont toujours révisées, quel que soit le niveau.</translation>
    </message>
    <message>
        <source>{n} session from {start} to {end}; {total} in all.</source>
        <translation>{n} séance du {start} au {end}; {total} en tout.</translation>
    </message>
    <message>
        <source>{n} sessions from {start} to {end}; {total} in all.</source>
        <translation>{n} séances du {start} au {end}; {total} en tout.</translation>
    </message>
    <message>
        <source>Session of {name} saved.</source>
        <translation>Séance de {name} enregistrée.</translation>
    </message>
    <message>
        <source>Session deleted.</source>
        <translation>Séance supprimée.</translation>
    </message>
    <message>
        <source>{name}&apos;s notes reviewed: {level}.</source>
        <translation>Notes de {name} révisées&#xa0;: {level}.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Appearance</source>
        <extracomment>Light surface → dark surface. Dark text on light → light text on dark. Borders and rules: quieter on dark; focus rings and warnings lighter. Rules drawn the same in both looks (light text on a strong colour of their own). The dynamic property that keeps a widget&apos;s own light sheet, to re-theme it. What only the dark look needs: Fusion outlines check boxes in a shade of the window colour, which all but vanishes on a dark window.</extracomment>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>As the &amp;system is set</source>
        <translation>Selon le réglage du &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>(no supervisor)</source>
        <translation>(aucun·e superviseur·e)</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation>Donnez au moins un rôle au compte.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>Nom &amp;complet</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nom d’&amp;utilisateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>&amp;Intervenant·e</translation>
    </message>
    <message>
        <source>Worker role</source>
        <translation>Rôle d’intervenant·e</translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation>&amp;Superviseur·e</translation>
    </message>
    <message>
        <source>Supervisor role</source>
        <translation>Rôle de superviseur·e</translation>
    </message>
    <message>
        <source>&amp;Administrator</source>
        <translation>&amp;Administrateur·rice</translation>
    </message>
    <message>
        <source>Administrator role</source>
        <translation>Rôle d’administrateur·rice</translation>
    </message>
    <message>
        <source>Su&amp;pervised by</source>
        <translation>Su&amp;pervisé·e par</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur·e</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Confirm password</source>
        <translation>&amp;Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>A worker&apos;s supervisor reviews their notes and receives their debrief requests.</source>
        <translation>La ou le superviseur·e d’un·e intervenant·e révise ses notes et reçoit ses demandes de débreffage.</translation>
    </message>
    <message>
        <source>Problem with this account</source>
        <translation>Problème avec ce compte</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>User guide — pswdesk</source>
        <translation>Guide d’utilisation — pswdesk</translation>
    </message>
    <message>
        <source>Contents of the user guide</source>
        <translation>Table des matières du guide d’utilisation</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
</context>
<context>
    <name>UserGuideAction</name>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <source>How to use pswdesk, for your role</source>
        <translation>Comment utiliser pswdesk, selon votre rôle</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Worker</source>
        <translation>Intervenant·e</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur·e</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur·rice</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Locked (failed logins)</source>
        <translation>Verrouillé (échecs de connexion)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>%1 active of %2 accounts</source>
        <translation>%1 actifs sur %2 comptes</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Ré&amp;activer</translation>
    </message>
    <message>
        <source>Created {name} ({username}).</source>
        <translation>Compte créé&#xa0;: {name} ({username}).</translation>
    </message>
    <message>
        <source>Saved {name} ({username}).</source>
        <translation>Compte enregistré&#xa0;: {name} ({username}).</translation>
    </message>
    <message>
        <source>Reactivated {name} ({username}).</source>
        <translation>Compte réactivé&#xa0;: {name} ({username}).</translation>
    </message>
    <message>
        <source>Deactivated {name} ({username}).</source>
        <translation>Compte désactivé&#xa0;: {name} ({username}).</translation>
    </message>
    <message>
        <source>New password set for {name}.</source>
        <translation>Nouveau mot de passe défini pour {name}.</translation>
    </message>
    <message>
        <source>New password set for {name}; they choose their own at next login.</source>
        <translation>Nouveau mot de passe défini pour {name}; la personne choisira le sien à sa prochaine connexion.</translation>
    </message>
    <message>
        <source>Staff accounts. Deactivating an account stops it working at once but keeps everything the person wrote.</source>
        <translation>Comptes du personnel. Désactiver un compte l’empêche de fonctionner sur-le-champ, mais garde tout ce que la personne a écrit.</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Nouvel utilisateur…</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected user</source>
        <translation>Modifier l’utilisateur sélectionné</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Deactivate or reactivate the selected user</source>
        <translation>Désactiver ou réactiver l’utilisateur sélectionné</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Réinitialiser le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Reset the selected user&apos;s password</source>
        <translation>Réinitialiser le mot de passe de l’utilisateur sélectionné</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <source>Result of the last change</source>
        <translation>Résultat du dernier changement</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Imminent</source>
        <translation>Imminent</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>En attente de révision</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Retournée</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Appel vidéo</translation>
    </message>
    <message>
        <source>Text / chat</source>
        <translation>Texto / clavardage</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Intervention de proximité</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Text / message</source>
        <translation>Texto / message</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <translation>Visite sans rendez-vous</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Force</translation>
    </message>
    <message>
        <source>Past success</source>
        <translation>Réussite passée</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Community resource</source>
        <translation>Ressource communautaire</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggérée</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Joint·e</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Message laissé</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <source>Current risk level</source>
        <translation>Niveau de risque actuel</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de sécurité</translation>
    </message>
    <message>
        <source>Goals and progress</source>
        <translation>Objectifs et progrès</translation>
    </message>
    <message>
        <source>Strengths and resources</source>
        <translation>Forces et ressources</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Équipe de soins</translation>
    </message>
    <message>
        <source>Contact summaries</source>
        <translation>Résumés des contacts</translation>
    </message>
    <message>
        <source>Planned follow-ups</source>
        <translation>Suivis prévus</translation>
    </message>
    <message>
        <source>Goals met</source>
        <translation>Objectifs atteints</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>A déménagé</translation>
    </message>
    <message>
        <source>Chose to end support</source>
        <translation>A choisi de mettre fin au soutien</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Aucun contact</translation>
    </message>
    <message>
        <source>Transferred to another service</source>
        <translation>Transféré·e à un autre service</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Décédé·e</translation>
    </message>
    <message>
        <source>Merged into another record</source>
        <translation>Fusionné avec un autre dossier</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Every note</source>
        <translation>Chaque note</translation>
    </message>
    <message>
        <source>A sample</source>
        <translation>Un échantillon</translation>
    </message>
    <message>
        <source>None (after probation)</source>
        <translation>Aucune (après la période de probation)</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Intervenant·e</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur·e</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>saved as PDF</source>
        <translation>enregistré en PDF</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>imprimé</translation>
    </message>
    <message>
        <source>written by the command line</source>
        <translation>écrit par la ligne de commande</translation>
    </message>
    <message>
        <source>made before releases were recorded</source>
        <translation>fait avant l’inscription des communications</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Supervisor&apos;s comment</source>
        <translation>Commentaire de la ou du superviseur·e</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Pris en compte</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigné·e à</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client·e</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Couvre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Full note</source>
        <translation>Note complète</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donné</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation>Derniers progrès</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nom légal</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nom choisi</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Inscrit par</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Référé·e à</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Partagé avec</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>What they wrote</source>
        <translation>Ce que la personne a écrit</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Without contact</source>
        <translation>Sans contact</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non inscrit</translation>
    </message>
    <message>
        <source>Needs contact</source>
        <translation>Contact requis</translation>
    </message>
    <message>
        <source>No contact yet</source>
        <translation>Pas encore de contact</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Aucun rôle</translation>
    </message>
</context>
</TS>
