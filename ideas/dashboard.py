"""The handlers' dashboard: funnel, ideas per month, days per stage, oldest waiting ideas."""
