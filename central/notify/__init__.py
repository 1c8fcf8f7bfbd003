"""Telling applicants of their application's progress (guide 001, 3; guide 002, 6; docs/NOTIFICATIONS.md).

On receipt of an application and on each change of its status one SMS (to a mobile number) and one
e-mail (when the applicant gave one) are written to the ``notifications`` table in the same transaction
as the event (:mod:`central.notify.outbox`, the transactional outbox); the dispatcher
(:mod:`central.notify.dispatcher`, in ``central serve`` and ``central dispatch``) sends them through the
adapters :mod:`central.notify.sms` (an HTTP gateway) and :mod:`central.notify.smtp` (e-mail).
"""
