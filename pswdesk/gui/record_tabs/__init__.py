"""The tabs of a client's record that the framework builds (goals, strengths, safety plan,
risk history, referrals, care team, consents), the Overview's follow-ups, the header's
alerts, and the dialogs that change them. One module per tab, each with its own form.
"""
