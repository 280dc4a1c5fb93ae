"""Fingerprints of every trigger and pswdesk function a freshly migrated database has.

Made by ``scripts/trigger_definitions.py`` from databases at the newest migration
(``tamper_checks.live_definitions``); ``tests/test_tamper.py`` fails when a migration
changes a trigger and this file was not made again.
"""

SQLITE: dict[str, str] = {
    "trigger addenda_append_only_delete": "a28bc547c300951a78fa36edbe2603f3",
    "trigger addenda_append_only_update": "9b401862d7fcfc6eef0bf0e834d21b46",
    "trigger audit_log_append_only_delete": "3707158346905edbebc8a510bd31722f",
    "trigger audit_log_append_only_update": "34d4db7efca90e34b11ea517ab787385",
    "trigger client_merges_append_only_delete": "1998a3f45b011e838538f384ffc1d1dc",
    "trigger client_merges_append_only_update": "245778728cd9b0becb6ab3e52d3934aa",
    "trigger disclosures_append_only_delete": "53da916c000a7a43b21a1bc424461781",
    "trigger disclosures_append_only_update": "f113191fe4be9a8e85cd7a76c700e458",
    "trigger goal_progress_append_only_delete": "11dad437d2759c3fa0816b8ced1dca45",
    "trigger goal_progress_append_only_update": "a08096da916c7a274cda04e2e79d78cd",
    "trigger note_reviews_append_only_delete": "959b74d9c025b4da7ad66bb6bdd35f7f",
    "trigger note_reviews_append_only_update": "453df889a2533db0b5d834157a2510f1",
    "trigger note_self_care_locked_delete": "cf27569ff5b6ae2508101550e4863166",
    "trigger note_self_care_locked_insert": "1d4fa6541e20555875d2821397f4962c",
    "trigger note_self_care_locked_update": "0d4e614961bbc6e4924162fad1d9aa36",
    "trigger notes_fts_addenda_insert": "9f09cbfa9967cb45708ace02982f98cd",
    "trigger notes_fts_delete": "5deff3d66778b8f25aa3c17eb20608d7",
    "trigger notes_fts_insert": "d7fd65792df3f340e8cbe5f4ee207ed6",
    "trigger notes_fts_update": "879c8675d3fd42fa6a2c49f3f0451cac",
    "trigger notes_locked_delete": "01ee84e13e88fef3b18b0b1642c89b47",
    "trigger notes_locked_update": "bff55b4d9c9af522fcb0e14e26243610",
    "trigger referral_status_changes_append_only_delete": "998337213c6485f416b3bc7869985a2b",
    "trigger referral_status_changes_append_only_update": "a649c182c3b122d3409597924abac1fc",
    "trigger safety_plans_append_only_delete": "0c365c9a9adf44ed656afb02ab36c2ac",
    "trigger safety_plans_append_only_update": "75c54c21b7839536dcb0310a3a39f7db",
}

POSTGRESQL: dict[str, str] = {
    "function pswdesk_append_only": "fe5b0206c4970ab7309c67c2c9c0b7b4",
    "function pswdesk_append_only_but_merge": "01beb7a612f1d874b5c6634b29df9761",
    "function pswdesk_audit_append": "a93d86a895aa83bf4a0df180d15f1d7b",
    "function pswdesk_merge_move": "f1cdfe50ceb3da42f04fb9537853290d",
    "function pswdesk_note_locked": "59c0a707bf50dfe23dd9944c329ce3e5",
    "function pswdesk_self_care_locked": "03742331bd5f5330b87727e4fa0d70ff",
    "function pswdesk_unaccent": "d21b7c7fd297213b72620fa421f7444c",
    "trigger addenda_append_only": "e5c36315f150744d269b9aaa2612e991",
    "trigger addenda_no_truncate": "588f2633d74c5fea8730c3d110c1b8c2",
    "trigger audit_log_append_only": "b7f3d7c310aae400bda65eaf58c6ad64",
    "trigger audit_log_no_truncate": "e098007d68fcdc41e7f47d227cc36e49",
    "trigger client_merges_append_only": "e67745eadae7c26f581d987f6898e534",
    "trigger client_merges_no_truncate": "1576c3e4b942080f2267e611f2539c4c",
    "trigger disclosures_append_only": "a0feb0a3023939282473637f24518da8",
    "trigger disclosures_no_truncate": "1fa16bfcc4637c6d2fec65e6046f8b99",
    "trigger goal_progress_append_only": "733d7a08f005844b1e0c4eb0e94faede",
    "trigger goal_progress_no_truncate": "4b8d85cf38b5e57da8f61b6f6dad4637",
    "trigger note_reviews_append_only": "5a64c0fe0353721cee4c517cb3450e87",
    "trigger note_reviews_no_truncate": "794060c46e2156822850daee13959149",
    "trigger note_self_care_locked": "0cf41cb3d95e57eca196a31a28a32f7b",
    "trigger notes_locked": "b8a05656b64bd9293f5a630f61f3cae3",
    "trigger referral_status_changes_append_only": "7757bc0312b712a7872f356e92b2be05",
    "trigger referral_status_changes_no_truncate": "f2bd784955659cca552ce74d02bb5a97",
    "trigger safety_plans_append_only": "bd780515d75cdcb6db12f8ff61aa2760",
    "trigger safety_plans_no_truncate": "df877624728c678fbf5739817f9f8f0e",
}
