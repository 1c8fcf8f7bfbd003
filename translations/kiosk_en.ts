<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApologyScreen</name>
    <message>
        <source>We are sorry, something went wrong.</source>
        <translation>We are sorry, something went wrong.</translation>
    </message>
    <message>
        <source>What you entered has been cleared for your privacy. Anything you already sent is safe. Please start over, or ask a member of staff for help.</source>
        <translation>What you entered has been cleared for your privacy. Anything you already sent is safe. Please start over, or ask a member of staff for help.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
</context>
<context>
    <name>BackOffice</name>
    <message>
        <source>Back office</source>
        <translation>Back office</translation>
    </message>
    <message>
        <source>Work queue</source>
        <translation>Work queue</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Kiosks</source>
        <translation>Kiosks</translation>
    </message>
    <message>
        <source>Staff users</source>
        <translation>Staff users</translation>
    </message>
    <message>
        <source>Kiosk tokens</source>
        <translation>Kiosk tokens</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sign-in failed. Check the user name and password. After 5 failed attempts the account is locked for 15 minutes.</source>
        <translation>Sign-in failed. Check the user name and password. After 5 failed attempts the account is locked for 15 minutes.</translation>
    </message>
    <message>
        <source>This page is for supervisors only.</source>
        <translation>This page is for supervisors only.</translation>
    </message>
    <message>
        <source>This form has expired. Open the page again and repeat the action.</source>
        <translation>This form has expired. Open the page again and repeat the action.</translation>
    </message>
    <message>
        <source>The server is busy. Please try again in a moment.</source>
        <translation>The server is busy. Please try again in a moment.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Open (not final)</source>
        <translation>Open (not final)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Days waited</source>
        <translation>Days waited</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>over target</source>
        <translation>over target</translation>
    </message>
    <message>
        <source>Tracking code</source>
        <translation>Tracking code</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nothing to show.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Waiting for the photo</source>
        <translation>Waiting for the photo</translation>
    </message>
    <message>
        <source>Fee quoted</source>
        <translation>Fee quoted</translation>
    </message>
    <message>
        <source>Tariff schedule</source>
        <translation>Tariff schedule</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Move to</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Note for staff (the applicant does not see it)</source>
        <translation>Note for staff (the applicant does not see it)</translation>
    </message>
    <message>
        <source>Status changed.</source>
        <translation>Status changed.</translation>
    </message>
    <message>
        <source>Someone else moved this application meanwhile. Its current status is shown below: check it and decide again.</source>
        <translation>Someone else moved this application meanwhile. Its current status is shown below: check it and decide again.</translation>
    </message>
    <message>
        <source>This move is not allowed from the current status.</source>
        <translation>This move is not allowed from the current status.</translation>
    </message>
    <message>
        <source>Choose the reason of the rejection.</source>
        <translation>Choose the reason of the rejection.</translation>
    </message>
    <message>
        <source>This application is in a final status.</source>
        <translation>This application is in a final status.</translation>
    </message>
    <message>
        <source>Application not found.</source>
        <translation>Application not found.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Messages to applicants, newest first. In development nothing leaves the server: this list shows what would have been sent.</source>
        <translation>Messages to applicants, newest first. In development nothing leaves the server: this list shows what would have been sent.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Not available yet.</source>
        <translation>Not available yet.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Oldest waiting since</source>
        <translation>Oldest waiting since</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Last sent</translation>
    </message>
    <message>
        <source>Last heard</source>
        <translation>Last heard</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>All well</source>
        <translation>All well</translation>
    </message>
    <message>
        <source>working</source>
        <translation>working</translation>
    </message>
    <message>
        <source>out of paper</source>
        <translation>out of paper</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>fault</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>not used yet</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>The password must have at least 10 characters.</source>
        <translation>The password must have at least 10 characters.</translation>
    </message>
    <message>
        <source>This password cannot be used.</source>
        <translation>This password cannot be used.</translation>
    </message>
    <message>
        <source>User name: 2 to 64 small Latin letters, digits, dots, dashes or underscores.</source>
        <translation>User name: 2 to 64 small Latin letters, digits, dots, dashes or underscores.</translation>
    </message>
    <message>
        <source>This user name is already taken.</source>
        <translation>This user name is already taken.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Choose a role.</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>No such user.</translation>
    </message>
    <message>
        <source>Add a kiosk</source>
        <translation>Add a kiosk</translation>
    </message>
    <message>
        <source>Kiosk id</source>
        <translation>Kiosk id</translation>
    </message>
    <message>
        <source>Valid for (days; empty: no end)</source>
        <translation>Valid for (days; empty: no end)</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>The new kiosk&apos;s token, shown only now: put it in that kiosk&apos;s configuration (api_token).</source>
        <translation>The new kiosk&apos;s token, shown only now: put it in that kiosk&apos;s configuration (api_token).</translation>
    </message>
    <message>
        <source>Kiosk id: 1 to 64 characters, as in the kiosk&apos;s configuration (kiosk_id).</source>
        <translation>Kiosk id: 1 to 64 characters, as in the kiosk&apos;s configuration (kiosk_id).</translation>
    </message>
    <message>
        <source>Valid for: a number of days from 1 to 3650, or empty.</source>
        <translation>Valid for: a number of days from 1 to 3650, or empty.</translation>
    </message>
    <message>
        <source>No such kiosk token, or already revoked.</source>
        <translation>No such kiosk token, or already revoked.</translation>
    </message>
    <message>
        <source>Revoke this kiosk&apos;s token? The kiosk is refused from its next request and can send nothing until it is given a new token.</source>
        <translation>Revoke this kiosk&apos;s token? The kiosk is refused from its next request and can send nothing until it is given a new token.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Revoked: the kiosk is refused from its next request.</source>
        <translation>Revoked: the kiosk is refused from its next request.</translation>
    </message>
</context>
<context>
    <name>BusyOverlay</name>
    <message>
        <source>Please wait…</source>
        <translation>Please wait…</translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>Take the photo</source>
        <translation>Take the photo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Shop or service point</source>
        <translation>Shop or service point</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Production or workshop</source>
        <translation>Production or workshop</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>Agriculture</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Accelerated</source>
        <translation>Accelerated</translation>
    </message>
    <message>
        <source>Single-phase (1)</source>
        <translation>Single-phase (1)</translation>
    </message>
    <message>
        <source>Three-phase (3)</source>
        <translation>Three-phase (3)</translation>
    </message>
    <message>
        <source>A household (home)</source>
        <translation>A household (home)</translation>
    </message>
    <message>
        <source>An entrepreneur or a company</source>
        <translation>An entrepreneur or a company</translation>
    </message>
    <message>
        <source>Solar</source>
        <translation>Solar</translation>
    </message>
    <message>
        <source>Wind</source>
        <translation>Wind</translation>
    </message>
    <message>
        <source>Small hydro</source>
        <translation>Small hydro</translation>
    </message>
    <message>
        <source>Biomass or biogas</source>
        <translation>Biomass or biogas</translation>
    </message>
    <message>
        <source>Geothermal</source>
        <translation>Geothermal</translation>
    </message>
    <message>
        <source>Another renewable source</source>
        <translation>Another renewable source</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Confirm it is you</source>
        <translation>Confirm it is you</translation>
    </message>
    <message>
        <source>We sent a code of 6 digits by SMS to {phone}, the mobile number the registry holds for you. Type it here and your details are filled in.</source>
        <translation>We sent a code of 6 digits by SMS to {phone}, the mobile number the registry holds for you. Type it here and your details are filled in.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Type my details myself</source>
        <translation>Type my details myself</translation>
    </message>
    <message>
        <source>Send a new code (%1 s)</source>
        <translation>Send a new code (%1 s)</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Send a new code</translation>
    </message>
    <message>
        <source>That code is not right. Tries left: %1.</source>
        <translation>That code is not right. Tries left: %1.</translation>
    </message>
    <message>
        <source>This code is no longer valid. Ask for a new code, or type your details.</source>
        <translation>This code is no longer valid. Ask for a new code, or type your details.</translation>
    </message>
    <message>
        <source>Too many wrong codes. Ask for a new code, or type your details.</source>
        <translation>Too many wrong codes. Ask for a new code, or type your details.</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>Your receipt is not printed</source>
        <translation>Your receipt is not printed</translation>
    </message>
    <message>
        <source>Without the receipt, the tracking code on this screen is the only way to follow your application. Print the receipt, or take a photo of the code and the QR code first.</source>
        <translation>Without the receipt, the tracking code on this screen is the only way to follow your application. Print the receipt, or take a photo of the code and the QR code first.</translation>
    </message>
    <message>
        <source>Finish without a receipt</source>
        <translation>Finish without a receipt</translation>
    </message>
    <message>
        <source>Stay on this page</source>
        <translation>Stay on this page</translation>
    </message>
    <message>
        <source>Your application has been registered</source>
        <translation>Your application has been registered</translation>
    </message>
    <message>
        <source>Your tracking code:</source>
        <translation>Your tracking code:</translation>
    </message>
    <message>
        <source>Scan with your phone to follow your application.</source>
        <translation>Scan with your phone to follow your application.</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>Fee: %1</translation>
    </message>
    <message>
        <source>What to expect: the utility aims to decide and connect within %1 days.</source>
        <translation>What to expect: the utility aims to decide and connect within %1 days.</translation>
    </message>
    <message>
        <source>What to expect: the utility checks your application and tells you its decision by SMS.</source>
        <translation>What to expect: the utility checks your application and tells you its decision by SMS.</translation>
    </message>
    <message>
        <source>You will get an SMS about the result. To follow your application, scan the QR code on the receipt with your phone, or use “Track my application” here.</source>
        <translation>You will get an SMS about the result. To follow your application, scan the QR code on the receipt with your phone, or use “Track my application” here.</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>How was the service? Tap a number, if you like.</source>
        <translation>How was the service? Tap a number, if you like.</translation>
    </message>
    <message>
        <source>1 is very bad, 5 is very good.</source>
        <translation>1 is very bad, 5 is very good.</translation>
    </message>
    <message>
        <source>Rate %1 out of 5</source>
        <translation>Rate %1 out of 5</translation>
    </message>
    <message>
        <source>Thank you for your rating.</source>
        <translation>Thank you for your rating.</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>DEMO — a demonstration terminal. Applications made here are not sent to a utility.</source>
        <translation>DEMO — a demonstration terminal. Applications made here are not sent to a utility.</translation>
    </message>
</context>
<context>
    <name>DistrictField</name>
    <message>
        <source>Chosen: %1</source>
        <translation>Chosen: %1</translation>
    </message>
    <message>
        <source>Type to search, then touch the name</source>
        <translation>Type to search, then touch the name</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>There is a problem</source>
        <translation>There is a problem</translation>
    </message>
    <message>
        <source>and %1 more, marked on the page below</source>
        <translation>and %1 more, marked on the page below</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>VÖEN (taxpayer number)</source>
        <translation>VÖEN (taxpayer identification number)</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Business name</translation>
    </message>
    <message>
        <source>Purpose of the object</source>
        <translation>Purpose of the object</translation>
    </message>
    <message>
        <source>FIN (personal identification number)</source>
        <translation>FIN (personal identification number)</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>Registered address</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Execution period of the work</source>
        <translation>Execution period of the work</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Required power, kW</source>
        <translation>Required power, kW</translation>
    </message>
    <message>
        <source>District or city</source>
        <translation>District or city</translation>
    </message>
    <message>
        <source>Property registry number</source>
        <translation>Property registry number</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <source>You apply as</source>
        <translation>You apply as</translation>
    </message>
    <message>
        <source>Azərişıq subscriber code</source>
        <translation>Azərişıq subscriber code</translation>
    </message>
    <message>
        <source>Connected power of the object, kW</source>
        <translation>Connected power of the object, kW</translation>
    </message>
    <message>
        <source>Energy source</source>
        <translation>Energy source</translation>
    </message>
    <message>
        <source>Station power, kW</source>
        <translation>Station power, kW</translation>
    </message>
    <message>
        <source>Address of the object</source>
        <translation>Address of the object</translation>
    </message>
    <message>
        <source>Bank account (IBAN) for the year-end payout</source>
        <translation>Bank account (IBAN) for the year-end payout</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Azərsu subscriber code</source>
        <translation>Azərsu subscriber code</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Subscriber</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Meter factory number</source>
        <translation>Meter factory number</translation>
    </message>
    <message>
        <source>Seal number</source>
        <translation>Seal number</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Date of the reading</source>
        <translation>Date of the reading</translation>
    </message>
    <message>
        <source>Photo of the meter</source>
        <translation>Photo of the meter</translation>
    </message>
    <message>
        <source>Meters</source>
        <translation>Meters</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>FieldWidget</name>
    <message>
        <source>(optional)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>Photo to follow</source>
        <translation>Photo to follow</translation>
    </message>
    <message>
        <source>Add it later from your phone: the receipt tells you how.</source>
        <translation>Add it later from your phone: the receipt tells you how.</translation>
    </message>
    <message>
        <source>From my phone</source>
        <translation>From my phone</translation>
    </message>
    <message>
        <source>Send the photo later</source>
        <translation>Send the photo later</translation>
    </message>
    <message>
        <source>Choose from USB stick</source>
        <translation>Choose from USB stick</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>Take a photo</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Choose the photo of your meter</source>
        <translation>Choose the photo of your meter</translation>
    </message>
    <message>
        <source>No photo was found. Insert your USB stick, or ask staff for help.</source>
        <translation>No photo was found. Insert your USB stick, or ask staff for help.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
</context>
<context>
    <name>Fleet</name>
    <message>
        <source>Silent: no heartbeat</source>
        <translation>Silent: no heartbeat</translation>
    </message>
    <message>
        <source>Applications waiting to be sent for over 30 minutes</source>
        <translation>Applications waiting to be sent for over 30 minutes</translation>
    </message>
    <message>
        <source>Printer out of paper</source>
        <translation>Printer out of paper</translation>
    </message>
    <message>
        <source>Printer fault</source>
        <translation>Printer fault</translation>
    </message>
    <message>
        <source>An applicant asked for staff</source>
        <translation>An applicant asked for staff</translation>
    </message>
    <message>
        <source>Staff audit log rewritten: differs from the entries it shipped</source>
        <translation>Staff audit log rewritten: differs from the entries it shipped</translation>
    </message>
</context>
<context>
    <name>GroupField</name>
    <message>
        <source>Meter %1</source>
        <translation>Meter %1</translation>
    </message>
    <message>
        <source>Remove this meter</source>
        <translation>Remove this meter</translation>
    </message>
    <message>
        <source>Add another meter</source>
        <translation>Add another meter</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <source>Add another</source>
        <translation>Add another</translation>
    </message>
    <message>
        <source>Remove this one</source>
        <translation>Remove this one</translation>
    </message>
</context>
<context>
    <name>Hint</name>
    <message>
        <source>7 characters on your ID card, e.g. 5ABCD7K</source>
        <translation>7 characters on your ID card, e.g. 5ABCD7K</translation>
    </message>
    <message>
        <source>An active mobile number: we send the result by SMS</source>
        <translation>An active mobile number: we send the result by SMS</translation>
    </message>
    <message>
        <source>When the kiosk is online, your details are filled in from the state registry.</source>
        <translation>When the kiosk is online, your details are filled in from the state registry.</translation>
    </message>
    <message>
        <source>Optional: we also send the result by e-mail.</source>
        <translation>Optional: we also send the result by e-mail.</translation>
    </message>
    <message>
        <source>Up to 150 kW, with up to 2 decimals, e.g. 7,25</source>
        <translation>Up to 150 kW, with up to 2 decimal places, e.g. 7.25</translation>
    </message>
    <message>
        <source>On the extract from the state property register: letters, digits, / . -</source>
        <translation>On the extract from the state property register: letters, digits, / . -</translation>
    </message>
    <message>
        <source>The registration number on the same extract, e.g. 2024/118</source>
        <translation>The registration number on the same extract, e.g. 2024/118</translation>
    </message>
    <message>
        <source>10 digits, on your tax registration certificate</source>
        <translation>10 digits, on your tax registration certificate</translation>
    </message>
    <message>
        <source>For a company; an individual entrepreneur types their name</source>
        <translation>For a company; an individual entrepreneur types their name</translation>
    </message>
    <message>
        <source>15 digits, printed on your electricity bill</source>
        <translation>15 digits, printed on your electricity bill</translation>
    </message>
    <message>
        <source>Up to 150 kW and not above the connected power</source>
        <translation>Up to 150 kW and not above the connected power</translation>
    </message>
    <message>
        <source>Where the station is, if not your registered address</source>
        <translation>Where the station is, if not your registered address</translation>
    </message>
    <message>
        <source>28 characters starting with AZ, e.g. AZ21 NABZ 0000 0000 1370 1000 1944</source>
        <translation>28 characters starting with AZ, e.g. AZ21 NABZ 0000 0000 1370 1000 1944</translation>
    </message>
    <message>
        <source>A mobile or a landline number, e.g. 012 345 67 89</source>
        <translation>A mobile or a landline number, e.g. 012 345 67 89</translation>
    </message>
    <message>
        <source>Optional: the invoice notice is e-mailed here. Without it, follow your application by SMS (mobile numbers only) or with the code on your receipt.</source>
        <translation>Optional: the invoice notice is e-mailed here. Without it, follow your application by SMS (mobile numbers only) or with the code on your receipt.</translation>
    </message>
    <message>
        <source>Printed on your water bill</source>
        <translation>Printed on your water bill</translation>
    </message>
    <message>
        <source>Stamped on the seal (plomb) that closes the meter: letters and digits</source>
        <translation>Stamped on the seal (plomb) that closes the meter: letters and digits</translation>
    </message>
    <message>
        <source>The black digits; up to 3 decimals</source>
        <translation>The black digits; up to 3 decimal places</translation>
    </message>
    <message>
        <source>The factory number and the reading must be legible</source>
        <translation>The factory number and the reading must be legible</translation>
    </message>
    <message>
        <source>10 digits, on your tax registration certificate; the last is 1 for a company, 2 for an individual entrepreneur</source>
        <translation>10 digits, on your tax registration certificate; the last is 1 for a company, 2 for an individual entrepreneur</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Welcome! What would you like to do?</source>
        <translation>Welcome! What would you like to do?</translation>
    </message>
    <message>
        <source>Touch a service to start. You can change the language at any time.</source>
        <translation>Touch a service to start. You can change the language at any time.</translation>
    </message>
    <message>
        <source>Track my application</source>
        <translation>Track my application</translation>
    </message>
    <message>
        <source>Scan the QR code on your receipt or type its code</source>
        <translation>Scan the QR code on your receipt or type its code</translation>
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>For your privacy, everything you entered will be cleared in %1 seconds.</source>
        <translation>For your privacy, everything you entered will be cleared in %1 seconds.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>I need more time</translation>
    </message>
    <message>
        <source>Delete my answers now</source>
        <translation>Delete my answers now</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>space</source>
        <translation>space</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Start over?</source>
        <translation>Start over?</translation>
    </message>
    <message>
        <source>Everything you have entered will be deleted from this kiosk and you will go back to the start.</source>
        <translation>Everything you have entered will be deleted from this kiosk and you will go back to the start.</translation>
    </message>
    <message>
        <source>Yes, delete my answers</source>
        <translation>Yes, delete my answers</translation>
    </message>
    <message>
        <source>No, go back to my application</source>
        <translation>No, go back to my application</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Applications received</source>
        <translation>Applications received</translation>
    </message>
    <message>
        <source>Applications by channel: %1</source>
        <translation>Applications by channel: %1</translation>
    </message>
    <message>
        <source>Share of electronic applications</source>
        <translation>Share of electronic applications</translation>
    </message>
    <message>
        <source>Days to connect (median)</source>
        <translation>Days to connect (median)</translation>
    </message>
    <message>
        <source>Days to connect (90th percentile)</source>
        <translation>Days to connect (90th percentile)</translation>
    </message>
    <message>
        <source>Rejections (of decided applications)</source>
        <translation>Rejections (of decided applications)</translation>
    </message>
    <message>
        <source>Satisfaction (ratings 4 or 5)</source>
        <translation>Satisfaction (ratings 4 or 5)</translation>
    </message>
    <message>
        <source>Average rating (1 to 5)</source>
        <translation>Average rating (1 to 5)</translation>
    </message>
    <message>
        <source>Applications open past their deadline</source>
        <translation>Applications open past their deadline</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>no data yet</translation>
    </message>
    <message>
        <source>not measured here: paper applications are counted by the utility</source>
        <translation>not measured here: paper applications are counted by the utility</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>kiosk</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>Please fill this in.</source>
        <translation>Please fill this in.</translation>
    </message>
    <message>
        <source>This field does not belong to the form.</source>
        <translation>This field does not belong to the form.</translation>
    </message>
    <message>
        <source>The FIN has 7 characters.</source>
        <translation>The FIN has 7 characters.</translation>
    </message>
    <message>
        <source>The FIN has only Latin letters and digits.</source>
        <translation>The FIN has only Latin letters and digits.</translation>
    </message>
    <message>
        <source>The FIN has no letters I or O: type the digits 1 or 0.</source>
        <translation>The FIN has no letters I or O: type the digits 1 or 0.</translation>
    </message>
    <message>
        <source>The VÖEN has only digits.</source>
        <translation>The VÖEN has only digits.</translation>
    </message>
    <message>
        <source>The VÖEN has 10 digits.</source>
        <translation>The VÖEN has 10 digits.</translation>
    </message>
    <message>
        <source>The last digit of a VÖEN is 1 or 2.</source>
        <translation>The last digit of a VÖEN is 1 or 2.</translation>
    </message>
    <message>
        <source>This is not a valid phone number, e.g. 050 123 45 67.</source>
        <translation>This is not a valid phone number, e.g. 050 123 45 67.</translation>
    </message>
    <message>
        <source>Please give an Azerbaijani mobile number (+994).</source>
        <translation>Please give an Azerbaijani mobile number (+994).</translation>
    </message>
    <message>
        <source>This is a landline; please give a mobile number.</source>
        <translation>This is a landline; please give a mobile number.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces and + - ( ) .</source>
        <translation>A phone number has only digits, spaces and + - ( ) .</translation>
    </message>
    <message>
        <source>This is not a valid phone number, e.g. 012 345 67 89 or 050 123 45 67.</source>
        <translation>This is not a valid phone number, e.g. 012 345 67 89 or 050 123 45 67.</translation>
    </message>
    <message>
        <source>Please give an Azerbaijani phone number (+994).</source>
        <translation>Please give an Azerbaijani phone number (+994).</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>This is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>The subscriber code has only digits.</source>
        <translation>The subscriber code has only digits.</translation>
    </message>
    <message>
        <source>The subscriber code has %1 digits.</source>
        <translation>The subscriber code has %1 digits.</translation>
    </message>
    <message>
        <source>The subscriber code has %1 to %2 digits.</source>
        <translation>The subscriber code has %1 to %2 digits.</translation>
    </message>
    <message>
        <source>No subscriber with this code was found.</source>
        <translation>No subscriber with this code was found.</translation>
    </message>
    <message>
        <source>Use Latin letters and digits, as on the meter.</source>
        <translation>Use Latin letters and digits, as on the meter.</translation>
    </message>
    <message>
        <source>Please enter a number, e.g. 12,5.</source>
        <translation>Please enter a number, e.g. 12.5.</translation>
    </message>
    <message>
        <source>A reading cannot be negative.</source>
        <translation>A reading cannot be negative.</translation>
    </message>
    <message>
        <source>At most %1 digits after the comma.</source>
        <translation>At most %1 digits after the decimal point.</translation>
    </message>
    <message>
        <source>This reading is too large.</source>
        <translation>This reading is too large.</translation>
    </message>
    <message>
        <source>Meter %1: the reading is lower than the last one (%2). You can send it; the meter will then be checked on site.</source>
        <translation>Meter %1: the reading is lower than the last one (%2). You can send it; the meter will then be checked on site.</translation>
    </message>
    <message>
        <source>Please enter a date as dd.mm.yyyy.</source>
        <translation>Please enter a date as dd.mm.yyyy.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <source>This date is too far in the past.</source>
        <translation>This date is too far in the past.</translation>
    </message>
    <message>
        <source>The power must be greater than zero.</source>
        <translation>The power must be greater than zero.</translation>
    </message>
    <message>
        <source>At most %1 kW.</source>
        <translation>At most %1 kW.</translation>
    </message>
    <message>
        <source>At most %1 digits after the comma, e.g. 7,25.</source>
        <translation>At most %1 digits after the decimal point, e.g. 7.25.</translation>
    </message>
    <message>
        <source>Please enter the power as a number.</source>
        <translation>Please enter the power as a number.</translation>
    </message>
    <message>
        <source>The station cannot exceed the object&apos;s connected power (%1 kW).</source>
        <translation>The station cannot exceed the object&apos;s connected power (%1 kW).</translation>
    </message>
    <message>
        <source>Choose single-phase or three-phase.</source>
        <translation>Choose single-phase or three-phase.</translation>
    </message>
    <message>
        <source>Choose a district or city from the list.</source>
        <translation>Choose a district or city from the list.</translation>
    </message>
    <message>
        <source>The Nakhchivan Autonomous Republic has its own electricity supplier, not Azərişıq: please apply to it there.</source>
        <translation>The Nakhchivan Autonomous Republic has its own electricity supplier, not Azərişıq: please apply to it there.</translation>
    </message>
    <message>
        <source>The Nakhchivan Autonomous Republic has its own water supplier, not Azərsu: please apply to it there.</source>
        <translation>The Nakhchivan Autonomous Republic has its own water supplier, not Azərsu: please apply to it there.</translation>
    </message>
    <message>
        <source>Please enter the tracking code.</source>
        <translation>Please enter the tracking code.</translation>
    </message>
    <message>
        <source>A tracking code has 16 characters.</source>
        <translation>A tracking code has 16 characters.</translation>
    </message>
    <message>
        <source>A tracking code has only Latin letters and digits.</source>
        <translation>A tracking code has only Latin letters and digits.</translation>
    </message>
    <message>
        <source>This code has a typo: please check each character.</source>
        <translation>This code has a typo: please check each character.</translation>
    </message>
    <message>
        <source>Use letters only.</source>
        <translation>Use letters only.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>At most %1 characters.</translation>
    </message>
    <message>
        <source>This text has characters that cannot be used.</source>
        <translation>This text has characters that cannot be used.</translation>
    </message>
    <message>
        <source>Use Latin letters, digits and / . -</source>
        <translation>Use Latin letters, digits and / . -</translation>
    </message>
    <message>
        <source>An Azerbaijani IBAN starts with AZ and has 28 characters.</source>
        <translation>An Azerbaijani IBAN starts with AZ and has 28 characters.</translation>
    </message>
    <message>
        <source>This IBAN has a typo.</source>
        <translation>This IBAN has a typo.</translation>
    </message>
    <message>
        <source>Please choose one of the options.</source>
        <translation>Please choose one of the options.</translation>
    </message>
    <message>
        <source>Add at least %1.</source>
        <translation>Add at least %1.</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>At most %1.</translation>
    </message>
    <message>
        <source>Please add a photo or a PDF.</source>
        <translation>Please add a photo or a PDF.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file is too large (at most %1 MB).</source>
        <translation>The file is too large (at most %1 MB).</translation>
    </message>
    <message>
        <source>Together the photos are too large to send (at most %1 MB): use smaller photos, or fewer.</source>
        <translation>Together the photos are too large to send (at most %1 MB): use smaller photos, or fewer.</translation>
    </message>
    <message>
        <source>Only PDF, JPEG or PNG files can be used.</source>
        <translation>Only PDF, JPEG or PNG files can be used.</translation>
    </message>
    <message>
        <source>The file is damaged or is not a real photo or PDF.</source>
        <translation>The file is damaged or is not a real photo or PDF.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>This kiosk cannot take a photo from a phone now. Use a USB stick, or send the photo later.</source>
        <translation>This kiosk cannot take a photo from a phone now. Use a USB stick, or send the photo later.</translation>
    </message>
    <message>
        <source>No tariff is in force for this date.</source>
        <translation>No tariff is in force for this date.</translation>
    </message>
    <message>
        <source>The tariff has no fee for this power and supply.</source>
        <translation>The tariff has no fee for this power and supply.</translation>
    </message>
    <message>
        <source>This connection period is not offered at present.</source>
        <translation>This connection period is not offered at present.</translation>
    </message>
    <message>
        <source>This service has no connection fee.</source>
        <translation>This service has no connection fee.</translation>
    </message>
    <message>
        <source>This service has no fee.</source>
        <translation>This service has no fee.</translation>
    </message>
    <message>
        <source>Give 12 monthly values.</source>
        <translation>Give 12 monthly values.</translation>
    </message>
    <message>
        <source>Values cannot be negative.</source>
        <translation>Values cannot be negative.</translation>
    </message>
    <message>
        <source>Tariffs cannot be negative.</source>
        <translation>Tariffs cannot be negative.</translation>
    </message>
    <message>
        <source>ASAN kiosk: your code is {code}. It is valid for 5 minutes. Do not tell it to anyone.</source>
        <translation>ASAN kiosk: your code is {code}. It is valid for 5 minutes. Do not tell it to anyone.</translation>
    </message>
</context>
<context>
    <name>NetmeterPage</name>
    <message>
        <source>January</source>
        <translation>January</translation>
    </message>
    <message>
        <source>February</source>
        <translation>February</translation>
    </message>
    <message>
        <source>March</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <source>June</source>
        <translation>June</translation>
    </message>
    <message>
        <source>July</source>
        <translation>July</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>December</translation>
    </message>
    <message>
        <source>%1 (billed %2)</source>
        <translation>%1 (billed %2)</translation>
    </message>
    <message>
        <source>Balance at the end of the year: %1 kWh. Paid to you: %2. Billed during the year: %3.</source>
        <translation>Balance at the end of the year: %1 kWh. Paid to you: %2. Billed during the year: %3.</translation>
    </message>
    <message>
        <source>Connection fee: %1 — active consumers get new technical conditions at their existing power without a fee (decision 346, 3.4).</source>
        <translation>Connection fee: %1 — active consumers get new technical conditions at their existing power without a fee (decision 346, 3.4).</translation>
    </message>
    <message>
        <source>Station power %1 kW: within the object&apos;s connected power (%2 kW) and the 150 kW limit (decision 346, 1.4 and 1.8.1).</source>
        <translation>Station power %1 kW: within the object&apos;s connected power (%2 kW) and the 150 kW limit (decision 346, 1.4 and 1.8.1).</translation>
    </message>
    <message>
        <source>Estimate your year</source>
        <translation>Estimate your year</translation>
    </message>
    <message>
        <source>From the panel power</source>
        <translation>From the panel power</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Month by month</translation>
    </message>
    <message>
        <source>Panel power, kW</source>
        <translation>Panel power, kW</translation>
    </message>
    <message>
        <source>Your use per month, kWh</source>
        <translation>Your use per month, kWh</translation>
    </message>
    <message>
        <source>Sent to the grid, kWh</source>
        <translation>Sent to the grid, kWh</translation>
    </message>
    <message>
        <source>Taken from the grid, kWh</source>
        <translation>Taken from the grid, kWh</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Sent, kWh</source>
        <translation>Sent, kWh</translation>
    </message>
    <message>
        <source>Taken, kWh</source>
        <translation>Taken, kWh</translation>
    </message>
    <message>
        <source>Balance, kWh</source>
        <translation>Balance, kWh</translation>
    </message>
    <message>
        <source>Each month the balance grows by what you send and shrinks by what you take (5.1); a shortfall is billed at %1 per kWh (5.2.4); a positive balance at the end of the year is paid at %2 per kWh (6.1.2). This is an estimate, not a bill.</source>
        <translation>Each month the balance grows by what you send and shrinks by what you take (5.1); a shortfall is billed at %1 per kWh (5.2.4); a positive balance at the end of the year is paid at %2 per kWh (6.1.2). This is an estimate, not a bill.</translation>
    </message>
    <message>
        <source>Households pay by the kWh billed in the month: the rates change at %1 kWh.</source>
        <translation>Households pay by the kWh billed in the month: the rates change at %1 kWh.</translation>
    </message>
    <message>
        <source>The reporting year runs from 1 January to 31 December (1.8.12): the estimate starts in %1, the first month your station can work, and the balance is settled at the end of December.</source>
        <translation>The reporting year runs from 1 January to 31 December (1.8.12): the estimate starts in %1, the first month your station can work, and the balance is settled at the end of December.</translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message>
        <source>Your application is registered. We will tell you the result by SMS.</source>
        <translation>Your application is registered. We will tell you the result by SMS.</translation>
    </message>
    <message>
        <source>Your application is being reviewed. Nothing to do for now.</source>
        <translation>Your application is being reviewed. Nothing to do for now.</translation>
    </message>
    <message>
        <source>Pay the connection fee through ASAN Pay or a bank.</source>
        <translation>Pay the connection fee through ASAN Pay or a bank.</translation>
    </message>
    <message>
        <source>Payment received. We will call you to agree the time of the works.</source>
        <translation>Payment received. We will call you to agree the time of the works.</translation>
    </message>
    <message>
        <source>The line and meter are being installed. Please let the crew onto the site.</source>
        <translation>The line and meter are being installed. Please let the crew onto the site.</translation>
    </message>
    <message>
        <source>We will contact you to sign the purchase contract.</source>
        <translation>We will contact you to sign the purchase contract.</translation>
    </message>
    <message>
        <source>Your site is connected. Nothing more to do.</source>
        <translation>Your site is connected. Nothing more to do.</translation>
    </message>
    <message>
        <source>Reading accepted. Your invoice is being prepared.</source>
        <translation>Reading accepted. Your invoice is being prepared.</translation>
    </message>
    <message>
        <source>The reading does not match our records. Staff will check the meter on site.</source>
        <translation>The reading does not match our records. Staff will check the meter on site.</translation>
    </message>
    <message>
        <source>Your invoice is ready. It was sent to your e-mail if you gave one; if not, ask for it at an Azərsu or ASAN centre.</source>
        <translation>Your invoice is ready. It was sent to your e-mail if you gave one; if not, ask for it at an Azərsu or ASAN centre.</translation>
    </message>
    <message>
        <source>Your application was rejected. The reason was sent by SMS. You can correct it and apply again.</source>
        <translation>Your application was rejected. The reason was sent by SMS. You can correct it and apply again.</translation>
    </message>
    <message>
        <source>Your reading is registered. Azərsu staff will check it.</source>
        <translation>Your reading is registered. Azərsu staff will check it.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Filled in from the registry. If something is wrong, please ask staff.</source>
        <translation>Filled in from the registry. If something is wrong, please ask staff.</translation>
    </message>
    <message>
        <source>Not found in the registry: please type these details yourself. The application will note that you typed them.</source>
        <translation>Not found in the registry: please type these details yourself. The application will note that you typed them.</translation>
    </message>
    <message>
        <source>The registry cannot be reached right now: please type these details yourself. The application will note that you typed them.</source>
        <translation>The registry cannot be reached right now: please type these details yourself. The application will note that you typed them.</translation>
    </message>
    <message>
        <source>Please type these details yourself. The application will note that you typed them.</source>
        <translation>Please type these details yourself. The application will note that you typed them.</translation>
    </message>
    <message>
        <source>The registry holds no mobile number for you, so your details cannot be shown here: please type them yourself.</source>
        <translation>The registry holds no mobile number for you, so your details cannot be shown here: please type them yourself.</translation>
    </message>
    <message>
        <source>Too many codes were sent for this number in a short time: please type these details yourself.</source>
        <translation>Too many codes were sent for this number in a short time: please type these details yourself.</translation>
    </message>
    <message>
        <source>Your application could not be saved on this kiosk. Nothing was sent. Please ask staff for help.</source>
        <translation>Your application could not be saved on this kiosk. Nothing was sent. Please ask staff for help.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Your application is saved: take a photo of the code above, or ask staff to print the receipt.</source>
        <translation>The receipt could not be printed. Your application is saved: take a photo of the code above, or ask staff to print the receipt.</translation>
    </message>
    <message>
        <source>The printer is out of paper. Your application is saved: take a photo of the code above, or ask staff to print the receipt.</source>
        <translation>The printer is out of paper. Your application is saved: take a photo of the code above, or ask staff to print the receipt.</translation>
    </message>
    <message>
        <source>Your receipt is printed. Please take it.</source>
        <translation>Your receipt is printed. Please take it.</translation>
    </message>
    <message>
        <source>Saved on this kiosk: it will be sent automatically as soon as the kiosk is online.</source>
        <translation>Saved on this kiosk: it will be sent automatically as soon as the kiosk is online.</translation>
    </message>
    <message>
        <source>Sent to the utility.</source>
        <translation>Sent to the utility.</translation>
    </message>
    <message>
        <source>Saved on this kiosk. The utility could not accept it as it is: staff will check it and contact you.</source>
        <translation>Saved on this kiosk. The utility could not accept it as it is: staff will check it and contact you.</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>%1: %2. Code %3. %4</source>
        <translation>%1: %2. Code %3. %4</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Application %1: %2</source>
        <translation>Application %1: %2</translation>
    </message>
    <message>
        <source>Your application has been received.</source>
        <translation>Your application has been received.</translation>
    </message>
    <message>
        <source>The status of your application has changed.</source>
        <translation>The status of your application has changed.</translation>
    </message>
    <message>
        <source>Follow your application: %1</source>
        <translation>Follow your application: %1</translation>
    </message>
    <message>
        <source>This message was sent automatically; please do not reply to it.</source>
        <translation>This message was sent automatically; please do not reply to it.</translation>
    </message>
</context>
<context>
    <name>OutOfOrder</name>
    <message>
        <source>Terminal temporarily out of order</source>
        <translation>Terminal temporarily out of order</translation>
    </message>
    <message>
        <source>Please use another terminal or ask ASAN staff.</source>
        <translation>Please use another terminal or ask ASAN staff.</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>Photo for your application</source>
        <translation>Photo for your application</translation>
    </message>
    <message>
        <source>Take a photo of the meter on which its factory number and reading can be read, or choose one you have taken.</source>
        <translation>Take a photo of the meter on which its factory number and reading can be read, or choose one you have taken.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Meter {n}</source>
        <translation>Meter {n}</translation>
    </message>
    <message>
        <source>Send the photo</source>
        <translation>Send the photo</translation>
    </message>
    <message>
        <source>JPEG or PNG, up to {max} MB. The photo goes only to your application.</source>
        <translation>JPEG or PNG, up to {max} MB. The photo goes only to your application.</translation>
    </message>
    <message>
        <source>The photo has arrived. You can go on at the kiosk.</source>
        <translation>The photo has arrived. You can go on at the kiosk.</translation>
    </message>
    <message>
        <source>The photo has been added to your application. Thank you.</source>
        <translation>The photo has been added to your application. Thank you.</translation>
    </message>
    <message>
        <source>This link has already been used. For another photo, ask the kiosk for a new code.</source>
        <translation>This link has already been used. For another photo, ask the kiosk for a new code.</translation>
    </message>
    <message>
        <source>This link has expired. Ask the kiosk for a new code.</source>
        <translation>This link has expired. Ask the kiosk for a new code.</translation>
    </message>
    <message>
        <source>This link or code is not valid. Check the code shown on the kiosk.</source>
        <translation>This link or code is not valid. Check the code shown on the kiosk.</translation>
    </message>
    <message>
        <source>The photo is too large: at most {max} MB. Choose a smaller photo or take it again at a lower resolution.</source>
        <translation>The photo is too large: at most {max} MB. Choose a smaller photo or take it again at a lower resolution.</translation>
    </message>
    <message>
        <source>This file is not a photo. Choose a JPEG or PNG photo.</source>
        <translation>This file is not a photo. Choose a JPEG or PNG photo.</translation>
    </message>
    <message>
        <source>This photo cannot be read, or it is far too large in pixels. Take it again.</source>
        <translation>This photo cannot be read, or it is far too large in pixels. Take it again.</translation>
    </message>
    <message>
        <source>No photo was chosen. Choose or take a photo.</source>
        <translation>No photo was chosen. Choose or take a photo.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Type the code shown on the kiosk</source>
        <translation>Type the code shown on the kiosk</translation>
    </message>
    <message>
        <source>Code (8 letters and digits)</source>
        <translation>Code (8 letters and digits)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>This code is not valid. It has 8 letters and digits, as shown on the kiosk.</source>
        <translation>This code is not valid. It has 8 letters and digits, as shown on the kiosk.</translation>
    </message>
    <message>
        <source>Too many requests. Please try again shortly.</source>
        <translation>Too many requests. Please try again shortly.</translation>
    </message>
    <message>
        <source>The photo is used only for your application and is not kept on this page.</source>
        <translation>The photo is used only for your application and is not kept on this page.</translation>
    </message>
</context>
<context>
    <name>PhonePhoto</name>
    <message>
        <source>Send the photo from your phone</source>
        <translation>Send the photo from your phone</translation>
    </message>
    <message>
        <source>1. Scan the code with your phone&apos;s camera. 2. Take a photo of the meter on which its factory number and reading can be read, or choose one. 3. Send it: it appears here.</source>
        <translation>1. Scan the code with your phone&apos;s camera. 2. Take a photo of the meter on which its factory number and reading can be read, or choose one. 3. Send it: it appears here.</translation>
    </message>
    <message>
        <source>No QR reader? Open %1 and type this code:</source>
        <translation>No QR reader? Open %1 and type this code:</translation>
    </message>
    <message>
        <source>Getting a code…</source>
        <translation>Getting a code…</translation>
    </message>
    <message>
        <source>Waiting for your photo…</source>
        <translation>Waiting for your photo…</translation>
    </message>
    <message>
        <source>The photo has arrived.</source>
        <translation>The photo has arrived.</translation>
    </message>
    <message>
        <source>The code has expired. Touch “New code” to get another one.</source>
        <translation>The code has expired. Touch “New code” to get another one.</translation>
    </message>
    <message>
        <source>The kiosk cannot reach the network now. You can send the application now and add the photo later from your phone: the receipt tells you how. Your answers are kept.</source>
        <translation>The kiosk cannot reach the network now. You can send the application now and add the photo later from your phone: the receipt tells you how. Your answers are kept.</translation>
    </message>
    <message>
        <source>The code could not be made. Touch “New code” to try again.</source>
        <translation>The code could not be made. Touch “New code” to try again.</translation>
    </message>
    <message>
        <source>The photo that arrived cannot be used: %1 Send another one with a new code.</source>
        <translation>The photo that arrived cannot be used: %1 Send another one with a new code.</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>New code</translation>
    </message>
    <message>
        <source>Send the photo later</source>
        <translation>Send the photo later</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QuotePage</name>
    <message>
        <source>%1 for the first %2 kW, plus %3 for each kW above it.</source>
        <translation>%1 for the first %2 kW, plus %3 for each kW above it.</translation>
    </message>
    <message>
        <source>%1 kW × %2 per kW.</source>
        <translation>%1 kW × %2 per kW.</translation>
    </message>
    <message>
        <source>Single-phase supply.</source>
        <translation>Single-phase supply.</translation>
    </message>
    <message>
        <source>Three-phase supply.</source>
        <translation>Three-phase supply.</translation>
    </message>
    <message>
        <source>The profitability norm R is not applied to homes on single-phase supply up to 5 kW (methodology, 2.4).</source>
        <translation>The profitability norm R is not applied to homes on single-phase supply up to 5 kW (methodology, 2.4).</translation>
    </message>
    <message>
        <source>Adjustment × %1: %2</source>
        <translation>Adjustment × %1: %2</translation>
    </message>
    <message>
        <source>If there is no 0.4 kV grid within 400 m of the object, the fee is %1 (methodology, 2.5). Azərişıq confirms which amount applies.</source>
        <translation>If there is no 0.4 kV grid within 400 m of the object, the fee is %1 (methodology, 2.5). Azərişıq confirms which amount applies.</translation>
    </message>
    <message>
        <source>The nearest 0.4 kV transformer is %1 m from the object, more than 400 m, so the fee is calculated under section 3 of the methodology.</source>
        <translation>The nearest 0.4 kV transformer is %1 m from the object, more than 400 m, so the fee is calculated under section 3 of the methodology.</translation>
    </message>
    <message>
        <source>The nearest 0.4 kV transformer is %1 m from the object.</source>
        <translation>The nearest 0.4 kV transformer is %1 m from the object.</translation>
    </message>
    <message>
        <source>The connection fee you will pay</source>
        <translation>The connection fee you will pay</translation>
    </message>
    <message>
        <source>What if? Change the power or the phase to see the fee at once. Your application changes only when you touch “Use this power and phase”.</source>
        <translation>What if? Change the power or the phase to see the fee at once. Your application changes only when you touch “Use this power and phase”.</translation>
    </message>
    <message>
        <source>Use this power and phase</source>
        <translation>Use this power and phase</translation>
    </message>
    <message>
        <source>With these: %1 (your application: %2)</source>
        <translation>With these: %1 (your application: %2)</translation>
    </message>
    <message>
        <source>Required power</source>
        <translation>Required power</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <source>Tariff schedule %1: %2</source>
        <translation>Tariff schedule %1: %2</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Application receipt</source>
        <translation>Application receipt</translation>
    </message>
    <message>
        <source>DEMO — not a real application. Nothing was sent to a utility.</source>
        <translation>DEMO — not a real application. Nothing was sent to a utility.</translation>
    </message>
    <message>
        <source>Kiosk %1</source>
        <translation>Kiosk %1</translation>
    </message>
    <message>
        <source>Date and time: %1</source>
        <translation>Date and time: %1</translation>
    </message>
    <message>
        <source>Tracking code</source>
        <translation>Tracking code</translation>
    </message>
    <message>
        <source>Scan the QR code with your phone to see the status</source>
        <translation>Scan the QR code with your phone to see the status</translation>
    </message>
    <message>
        <source>Your application has been sent to the utility.</source>
        <translation>Your application has been sent to the utility.</translation>
    </message>
    <message>
        <source>Your application is saved on this kiosk and will be sent to the utility automatically.</source>
        <translation>Your application is saved on this kiosk and will be sent to the utility automatically.</translation>
    </message>
    <message>
        <source>Utility reference: %1</source>
        <translation>Utility reference: %1</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>FİN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Connection fee</source>
        <translation>Connection fee</translation>
    </message>
    <message>
        <source>%1 kW × %2 per kW</source>
        <translation>%1 kW × %2 per kW</translation>
    </message>
    <message>
        <source>Fixed part: %1</source>
        <translation>Fixed part: %1</translation>
    </message>
    <message>
        <source>First %1 kW: %2</source>
        <translation>First %1 kW: %2</translation>
    </message>
    <message>
        <source>%1 kW above %2 kW × %3 per kW</source>
        <translation>%1 kW above %2 kW × %3 per kW</translation>
    </message>
    <message>
        <source>Calculation: %1</source>
        <translation>Calculation: %1</translation>
    </message>
    <message>
        <source>Tariff %1: %2</source>
        <translation>Tariff %1: %2</translation>
    </message>
    <message>
        <source>Tariff Council fee methodology, section %1</source>
        <translation>Tariff Council fee methodology, section %1</translation>
    </message>
    <message>
        <source>The utility confirms the amount after reviewing the application. Pay only after you are notified.</source>
        <translation>The utility confirms the amount after reviewing the application. Pay only after you are notified.</translation>
    </message>
    <message>
        <source>If there is no 0.4 kV grid within 400 m of the object: %1 (methodology, section 3). The utility confirms which amount applies.</source>
        <translation>If there is no 0.4 kV grid within 400 m of the object: %1 (methodology, section 3). The utility confirms which amount applies.</translation>
    </message>
    <message>
        <source>No 0.4 kV transformer within 400 m of the object (%1 m): section 3 applies.</source>
        <translation>No 0.4 kV transformer within 400 m of the object (%1 m): section 3 applies.</translation>
    </message>
    <message>
        <source>The utility will tell you the connection fee after reviewing the application.</source>
        <translation>The utility will tell you the connection fee after reviewing the application.</translation>
    </message>
    <message>
        <source>No connection fee: the existing connected power of the object is used.</source>
        <translation>No connection fee: the existing connected power of the object is used.</translation>
    </message>
    <message>
        <source>Meter readings</source>
        <translation>Meter readings</translation>
    </message>
    <message>
        <source>Meter %1: %2 m³</source>
        <translation>Meter %1: %2 m³</translation>
    </message>
    <message>
        <source>read on %1</source>
        <translation>read on %1</translation>
    </message>
    <message>
        <source>photo to follow: add it from your phone with the QR code below</source>
        <translation>photo to follow: add it from your phone with the QR code below</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>What happens next</translation>
    </message>
    <message>
        <source>The utility reviews your application and tells you the fee by SMS. After you pay, the line and the meter are installed and you are notified.</source>
        <translation>The utility reviews your application and tells you the fee by SMS. After you pay, the line and the meter are installed and you are notified.</translation>
    </message>
    <message>
        <source>The utility reviews your application and prepares the technical conditions and the contract. A two-way meter is installed at your own cost.</source>
        <translation>The utility reviews your application and prepares the technical conditions and the contract. A two-way meter is installed at your own cost.</translation>
    </message>
    <message>
        <source>Azərsu checks your reading. If it differs from the records, the meter is checked on site and that reading is used. Then your invoice is formed.</source>
        <translation>Azərsu checks your reading. If it differs from the records, the meter is checked on site and that reading is used. Then your invoice is formed.</translation>
    </message>
    <message>
        <source>How to track</source>
        <translation>How to track</translation>
    </message>
    <message>
        <source>Scan the QR code with your phone, or enter the tracking code at any kiosk under “Track my application”.</source>
        <translation>Scan the QR code with your phone, or enter the tracking code at any kiosk under “Track my application”.</translation>
    </message>
    <message>
        <source>Keep this receipt until your application is completed.</source>
        <translation>Keep this receipt until your application is completed.</translation>
    </message>
    <message>
        <source>The receipt printer is not available. Your application is saved: take a photo of the tracking code or ask staff to reprint the receipt.</source>
        <translation>The receipt printer is not available. Your application is saved: take a photo of the tracking code or ask staff to reprint the receipt.</translation>
    </message>
    <message>
        <source>The receipt printer is not responding. Your application is saved: take a photo of the tracking code or ask staff to reprint the receipt.</source>
        <translation>The receipt printer is not responding. Your application is saved: take a photo of the tracking code or ask staff to reprint the receipt.</translation>
    </message>
    <message>
        <source>The receipt printer is out of paper. Your application is saved: take a photo of the tracking code or ask staff to reprint the receipt.</source>
        <translation>The receipt printer is out of paper. Your application is saved: take a photo of the tracking code or ask staff to reprint the receipt.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Your application is saved: take a photo of the tracking code or ask staff to reprint the receipt.</source>
        <translation>The receipt could not be printed. Your application is saved: take a photo of the tracking code or ask staff to reprint the receipt.</translation>
    </message>
</context>
<context>
    <name>RejectReason</name>
    <message>
        <source>The documents are incomplete or do not match the application.</source>
        <translation>The documents are incomplete or do not match the application.</translation>
    </message>
    <message>
        <source>The power asked for is above the limit of this kind of connection.</source>
        <translation>The power asked for is above the limit of this kind of connection.</translation>
    </message>
    <message>
        <source>The address is outside the area this utility serves.</source>
        <translation>The address is outside the area this utility serves.</translation>
    </message>
    <message>
        <source>The meter photo is not legible: the factory number and reading must be readable.</source>
        <translation>The meter photo is not legible: the factory number and reading must be readable.</translation>
    </message>
    <message>
        <source>The same application was already received; the earlier one goes on.</source>
        <translation>The same application was already received; the earlier one goes on.</translation>
    </message>
    <message>
        <source>The application cannot be accepted as it is. Please contact the utility.</source>
        <translation>The application cannot be accepted as it is. Please contact the utility.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Photo to follow (from the status page)</source>
        <translation>Photo to follow (from the status page)</translation>
    </message>
    <message>
        <source>Please check your answers. Touch “Change” to correct a page.</source>
        <translation>Please check your answers. Touch “Change” to correct a page.</translation>
    </message>
    <message>
        <source>From the state registry. If something is wrong, please ask staff: it cannot be changed here.</source>
        <translation>From the state registry. If something is wrong, please ask staff: it cannot be changed here.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>The connection fee has changed: it is now %1 (it was %2 when you saw the fee page). Please check it before you send the application.</source>
        <translation>The connection fee has changed: it is now %1 (it was %2 when you saw the fee page). Please check it before you send the application.</translation>
    </message>
    <message>
        <source>Connection fee: %1</source>
        <translation>Connection fee: %1</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <source>Business electricity connection (up to 150 kW)</source>
        <translation>Business electricity connection (up to 150 kW)</translation>
    </message>
    <message>
        <source>Connect a shop, office or workshop to the 0.4 kV grid</source>
        <translation>Connect a shop, office or workshop to the 0.4 kV grid</translation>
    </message>
    <message>
        <source>Household electricity connection</source>
        <translation>Household electricity connection</translation>
    </message>
    <message>
        <source>Connect a home to the electricity grid</source>
        <translation>Connect a home to the electricity grid</translation>
    </message>
    <message>
        <source>Active consumer (solar or wind)</source>
        <translation>Active consumer (solar or wind)</translation>
    </message>
    <message>
        <source>Sell your surplus solar or wind energy to the grid</source>
        <translation>Sell your surplus solar or wind energy to the grid</translation>
    </message>
    <message>
        <source>Water-meter reading</source>
        <translation>Water-meter reading</translation>
    </message>
    <message>
        <source>Submit your water-meter readings to Azərsu</source>
        <translation>Submit your water-meter readings to Azərsu</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>No staff PIN is set up on this kiosk. Set one at the terminal&apos;s console with: kiosk staff set-pin 1</source>
        <translation>No staff PIN is set up on this kiosk. Set one at the terminal&apos;s console with: kiosk staff set-pin 1</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Staff mode is locked for %1 min.</source>
        <translation>Too many wrong PINs. Staff mode is locked for %1 min.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 attempts left before staff mode is locked.</source>
        <translation>Wrong PIN. %1 attempts left before staff mode is locked.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Staff PIN</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Back to the kiosk</translation>
    </message>
    <message>
        <source>personal data removed</source>
        <translation>personal data removed</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>cannot be read</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>reason: %1</translation>
    </message>
    <message>
        <source>The central server did not answer in time.</source>
        <translation>The central server did not answer in time.</translation>
    </message>
    <message>
        <source>The central server cannot be reached: check the network cable or Wi-Fi.</source>
        <translation>The central server cannot be reached: check the network cable or Wi-Fi.</translation>
    </message>
    <message>
        <source>The central server&apos;s certificate was not accepted (check the clock and the CA).</source>
        <translation>The central server&apos;s certificate was not accepted (check the clock and the CA).</translation>
    </message>
    <message>
        <source>The central server refused this kiosk&apos;s token: ask IT for a new one.</source>
        <translation>The central server refused this kiosk&apos;s token: ask IT for a new one.</translation>
    </message>
    <message>
        <source>The central server is busy and asked the kiosk to wait.</source>
        <translation>The central server is busy and asked the kiosk to wait.</translation>
    </message>
    <message>
        <source>The central server had an internal error.</source>
        <translation>The central server had an internal error.</translation>
    </message>
    <message>
        <source>The central server answered with something the kiosk could not read.</source>
        <translation>The central server answered with something the kiosk could not read.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s outbox had a problem: see below.</source>
        <translation>The kiosk&apos;s outbox had a problem: see below.</translation>
    </message>
    <message>
        <source>The central server refused a submission&apos;s data: see the list below.</source>
        <translation>The central server refused a submission&apos;s data: see the list below.</translation>
    </message>
    <message>
        <source>Staff mode has ended. Enter the PIN again.</source>
        <translation>Staff mode has ended. Enter the PIN again.</translation>
    </message>
    <message>
        <source>This field cannot be corrected here.</source>
        <translation>This field cannot be corrected here.</translation>
    </message>
    <message>
        <source>Not saved: %1 %2</source>
        <translation>Not saved: %1 %2</translation>
    </message>
    <message>
        <source>The schedule from the central server is not valid; nothing was changed.</source>
        <translation>The schedule from the central server is not valid; nothing was changed.</translation>
    </message>
    <message>
        <source>This submission is no longer in the outbox.</source>
        <translation>This submission is no longer in the outbox.</translation>
    </message>
    <message>
        <source>This submission cannot be put back in its present state.</source>
        <translation>This submission cannot be put back in its present state.</translation>
    </message>
    <message>
        <source>No printer was found.</source>
        <translation>No printer was found.</translation>
    </message>
    <message>
        <source>The printer does not answer.</source>
        <translation>The printer does not answer.</translation>
    </message>
    <message>
        <source>The printer is out of paper.</source>
        <translation>The printer is out of paper.</translation>
    </message>
    <message>
        <source>The receipt could not be printed.</source>
        <translation>The receipt could not be printed.</translation>
    </message>
    <message>
        <source>The central server cannot be reached.</source>
        <translation>The central server cannot be reached.</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>waiting to be sent</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>being sent</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>refused by the server</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Personal data of sent applications is kept %1 days: removed from %2, due for removal now: %3.</source>
        <translation>Personal data of sent applications is kept %1 days: removed from %2, due for removal now: %3.</translation>
    </message>
    <message>
        <source>Waiting: %1 · Being sent: %2 · Sent: %3 · Refused: %4</source>
        <translation>Waiting: %1 · Being sent: %2 · Sent: %3 · Refused: %4</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Last successful sync: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Last error: %1 (%2)</source>
        <translation>Last error: %1 (%2)</translation>
    </message>
    <message>
        <source>The outbox has stopped taking submissions: %1</source>
        <translation>The outbox has stopped taking submissions: %1</translation>
    </message>
    <message>
        <source>Server&apos;s reason: %1 %2</source>
        <translation>Server&apos;s reason: %1 %2</translation>
    </message>
    <message>
        <source>%1 is back in the queue.</source>
        <translation>%1 is back in the queue.</translation>
    </message>
    <message>
        <source>Sent: %1 · Refused: %2 · To retry: %3</source>
        <translation>Sent: %1 · Refused: %2 · To retry: %3</translation>
    </message>
    <message>
        <source>The outbox file has problems: %1</source>
        <translation>The outbox file has problems: %1</translation>
    </message>
    <message>
        <source>The outbox file is sound.</source>
        <translation>The outbox file is sound.</translation>
    </message>
    <message>
        <source>Personal data removed from %1 sent applications.</source>
        <translation>Personal data removed from %1 sent applications.</translation>
    </message>
    <message>
        <source>The outbox takes submissions again.</source>
        <translation>The outbox takes submissions again.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Check the outbox</source>
        <translation>Check the outbox</translation>
    </message>
    <message>
        <source>Remove old personal data now</source>
        <translation>Remove old personal data now</translation>
    </message>
    <message>
        <source>Take submissions again</source>
        <translation>Take submissions again</translation>
    </message>
    <message>
        <source>Put back in the queue</source>
        <translation>Put back in the queue</translation>
    </message>
    <message>
        <source>Staff mode · slot %1</source>
        <translation>Staff mode · slot %1</translation>
    </message>
    <message>
        <source>the start screen</source>
        <translation>the start screen</translation>
    </message>
    <message>
        <source>the confirmation</source>
        <translation>the confirmation</translation>
    </message>
    <message>
        <source>Track my application</source>
        <translation>Track my application</translation>
    </message>
    <message>
        <source>the page that says something went wrong</source>
        <translation>the page that says something went wrong</translation>
    </message>
    <message>
        <source>another screen</source>
        <translation>another screen</translation>
    </message>
    <message>
        <source>An applicant asked for help at %1 (on: %2).</source>
        <translation>An applicant asked for help at %1 (on: %2).</translation>
    </message>
    <message>
        <source>Leave staff mode</source>
        <translation>Leave staff mode</translation>
    </message>
    <message>
        <source>Exit to the desktop</source>
        <translation>Exit to the desktop</translation>
    </message>
    <message>
        <source>Help given</source>
        <translation>Help given</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation>Tariffs</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Found: %1</translation>
    </message>
    <message>
        <source>Nothing found on this kiosk.</source>
        <translation>Nothing found on this kiosk.</translation>
    </message>
    <message>
        <source>The receipt of %1 is printed.</source>
        <translation>The receipt of %1 is printed.</translation>
    </message>
    <message>
        <source>Tracking code, mobile number or FIN</source>
        <translation>Tracking code, mobile number or FIN</translation>
    </message>
    <message>
        <source>Find by tracking code</source>
        <translation>Find by tracking code</translation>
    </message>
    <message>
        <source>Find by mobile number</source>
        <translation>Find by mobile number</translation>
    </message>
    <message>
        <source>Find by FIN</source>
        <translation>Find by FIN</translation>
    </message>
    <message>
        <source>Print the receipt again</source>
        <translation>Print the receipt again</translation>
    </message>
    <message>
        <source>Kiosk id</source>
        <translation>Kiosk id</translation>
    </message>
    <message>
        <source>ASAN centre</source>
        <translation>ASAN centre</translation>
    </message>
    <message>
        <source>Central API URL</source>
        <translation>Central API URL</translation>
    </message>
    <message>
        <source>Printer (pdf, system, escpos)</source>
        <translation>Printer (pdf, system, escpos)</translation>
    </message>
    <message>
        <source>Idle time-out, seconds</source>
        <translation>Idle time-out, seconds</translation>
    </message>
    <message>
        <source>Default language (az, ru, en)</source>
        <translation>Default language (az, ru, en)</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Saved in %1</translation>
    </message>
    <message>
        <source>Saved. The new settings apply from the next start.</source>
        <translation>Saved. The new settings apply from the next start.</translation>
    </message>
    <message>
        <source>An environment variable still overrides: %1</source>
        <translation>An environment variable still overrides: %1</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Check and save</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>not ready</translation>
    </message>
    <message>
        <source>Printer: %1 (%2), %3</source>
        <translation>Printer: %1 (%2), %3</translation>
    </message>
    <message>
        <source>The test receipt is printed.</source>
        <translation>The test receipt is printed.</translation>
    </message>
    <message>
        <source>Print a test receipt</source>
        <translation>Print a test receipt</translation>
    </message>
    <message>
        <source>Disk: %1 MB free of %2 MB (%3)</source>
        <translation>Disk: %1 MB free of %2 MB (%3)</translation>
    </message>
    <message>
        <source>Little disk space is left: tell IT.</source>
        <translation>Little disk space is left: tell IT.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>%1: OK, %2 ms</source>
        <translation>%1: OK, %2 ms</translation>
    </message>
    <message>
        <source>%1: failed (%2)</source>
        <translation>%1: failed (%2)</translation>
    </message>
    <message>
        <source>Central API: %1</source>
        <translation>Central API: %1</translation>
    </message>
    <message>
        <source>Name look-up (DNS)</source>
        <translation>Name look-up (DNS)</translation>
    </message>
    <message>
        <source>Connection (TCP)</source>
        <translation>Connection (TCP)</translation>
    </message>
    <message>
        <source>Central API answer</source>
        <translation>Central API answer</translation>
    </message>
    <message>
        <source>Check the network</source>
        <translation>Check the network</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>bundled</translation>
    </message>
    <message>
        <source>from the central server</source>
        <translation>from the central server</translation>
    </message>
    <message>
        <source>%1 · in effect from %2 · %3 · %4</source>
        <translation>%1 · in effect from %2 · %3 · %4</translation>
    </message>
    <message>
        <source>IN FORCE</source>
        <translation>IN FORCE</translation>
    </message>
    <message>
        <source>Schedule %1 downloaded and in use.</source>
        <translation>Schedule %1 downloaded and in use.</translation>
    </message>
    <message>
        <source>Schedule %1 is already here.</source>
        <translation>Schedule %1 is already here.</translation>
    </message>
    <message>
        <source>Update from the central server</source>
        <translation>Update from the central server</translation>
    </message>
    <message>
        <source>The audit log has been altered: %1</source>
        <translation>The audit log has been altered: %1</translation>
    </message>
    <message>
        <source>The audit log is intact.</source>
        <translation>The audit log is intact.</translation>
    </message>
    <message>
        <source>console</source>
        <translation>console</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>slot %1</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>Fee to pay</source>
        <translation>Fee to pay</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Installation works</source>
        <translation>Installation works</translation>
    </message>
    <message>
        <source>Contract being signed</source>
        <translation>Contract being signed</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Reading accepted</source>
        <translation>Reading accepted</translation>
    </message>
    <message>
        <source>On-site meter check</source>
        <translation>On-site meter check</translation>
    </message>
    <message>
        <source>Invoice ready</source>
        <translation>Invoice ready</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>A member of staff has been asked to come: please stay here</source>
        <translation>A member of staff has been asked to come: please stay here</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Checking the connection…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline: you can still apply</source>
        <translation>Offline: you can still apply</translation>
    </message>
    <message>
        <source>Saved on this kiosk and sent automatically: %1</source>
        <translation>Saved on this kiosk and sent automatically: %1</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Application status</source>
        <translation>Application status</translation>
    </message>
    <message>
        <source>Tracking code</source>
        <translation>Tracking code</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Application not found</source>
        <translation>Application not found</translation>
    </message>
    <message>
        <source>Check the code: it is 16 characters in four groups on your receipt. If you applied just now, look again a little later.</source>
        <translation>Check the code: it is 16 characters in four groups on your receipt. If you applied just now, look again a little later.</translation>
    </message>
    <message>
        <source>Too many requests. Please try again shortly.</source>
        <translation>Too many requests. Please try again shortly.</translation>
    </message>
    <message>
        <source>No personal data is shown on this page.</source>
        <translation>No personal data is shown on this page.</translation>
    </message>
    <message>
        <source>How was the service?</source>
        <translation>How was the service?</translation>
    </message>
    <message>
        <source>1 is very bad, 5 is very good.</source>
        <translation>1 is very bad, 5 is very good.</translation>
    </message>
    <message>
        <source>Rate %1 out of 5</source>
        <translation>Rate %1 out of 5</translation>
    </message>
    <message>
        <source>Thank you for your rating.</source>
        <translation>Thank you for your rating.</translation>
    </message>
    <message>
        <source>Choose a rating from 1 to 5.</source>
        <translation>Choose a rating from 1 to 5.</translation>
    </message>
    <message>
        <source>Back to the application</source>
        <translation>Back to the application</translation>
    </message>
    <message>
        <source>A photo is still missing</source>
        <translation>A photo is still missing</translation>
    </message>
    <message>
        <source>Your application waits for the photo of the meter on which its factory number and reading can be read.</source>
        <translation>Your application waits for the photo of the meter on which its factory number and reading can be read.</translation>
    </message>
    <message>
        <source>Add the missing photo</source>
        <translation>Add the missing photo</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Your business</source>
        <translation>Your business</translation>
    </message>
    <message>
        <source>Your identity</source>
        <translation>Your identity</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Your details</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Check your answers</source>
        <translation>Check your answers</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>What you need</translation>
    </message>
    <message>
        <source>The object</source>
        <translation>The object</translation>
    </message>
    <message>
        <source>Connection fee</source>
        <translation>Connection fee</translation>
    </message>
    <message>
        <source>Who applies</source>
        <translation>Who applies</translation>
    </message>
    <message>
        <source>Your electricity subscription</source>
        <translation>Your electricity subscription</translation>
    </message>
    <message>
        <source>Your power station</source>
        <translation>Your power station</translation>
    </message>
    <message>
        <source>Fee and yearly balance</source>
        <translation>Fee and yearly balance</translation>
    </message>
    <message>
        <source>Contact and payout</source>
        <translation>Contact and payout</translation>
    </message>
    <message>
        <source>Your water subscription</source>
        <translation>Your water subscription</translation>
    </message>
    <message>
        <source>Meter readings</source>
        <translation>Meter readings</translation>
    </message>
</context>
<context>
    <name>Tariff</name>
    <message>
        <source>Cabinet of Ministers decision No. 327 of 24 July 2018</source>
        <translation>Cabinet of Ministers decision No. 327 of 24 July 2018</translation>
    </message>
    <message>
        <source>Tariff Council decision No. 4 of 3 May 2024</source>
        <translation>Tariff Council decision No. 4 of 3 May 2024</translation>
    </message>
    <message>
        <source>Tariff Council decision No. 4 of 3 May 2024, with the liberated-territory concessions from 1 January 2026</source>
        <translation>Tariff Council decision No. 4 of 3 May 2024, with the liberated-territory concessions from 1 January 2026</translation>
    </message>
    <message>
        <source>Liberated territories: free up to 20 kW single-phase</source>
        <translation>Liberated territories: free up to 20 kW single-phase</translation>
    </message>
    <message>
        <source>Liberated territories: 65% discount for households above 20 kW</source>
        <translation>Liberated territories: 65% discount for households above 20 kW</translation>
    </message>
    <message>
        <source>Liberated territories: 65% discount for non-residential objects up to 200 kW, three-phase, 0.4 kV</source>
        <translation>Liberated territories: 65% discount for non-residential objects up to 200 kW, three-phase, 0.4 kV</translation>
    </message>
    <message>
        <source>Liberated territories: free at medium voltage</source>
        <translation>Liberated territories: free at medium voltage</translation>
    </message>
    <message>
        <source>Liberated territories: free at high voltage</source>
        <translation>Liberated territories: free at high voltage</translation>
    </message>
    <message>
        <source>Liberated territories: 65% discount for households on three-phase supply</source>
        <translation>Liberated territories: 65% discount for households on three-phase supply</translation>
    </message>
    <message>
        <source>Liberated territories: free above 200 kW</source>
        <translation>Liberated territories: free above 200 kW</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>ASAN self-service</source>
        <translation>ASAN self-service</translation>
    </message>
    <message>
        <source>Larger text / high contrast</source>
        <translation>Larger text / high contrast</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
    <message>
        <source>Staff are called</source>
        <translation>Staff are called</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation>Call staff</translation>
    </message>
</context>
<context>
    <name>TrackingScreen</name>
    <message>
        <source>Kept on this kiosk for staff to check.</source>
        <translation>Kept on this kiosk for staff to check.</translation>
    </message>
    <message>
        <source>The utility could not accept it as it is. Staff will check it and contact you; you can also ask staff here.</source>
        <translation>The utility could not accept it as it is. Staff will check it and contact you; you can also ask staff here.</translation>
    </message>
    <message>
        <source>Saved on this kiosk, not yet sent.</source>
        <translation>Saved on this kiosk, not yet sent.</translation>
    </message>
    <message>
        <source>It will be sent automatically as soon as the kiosk is online. Nothing more is needed from you.</source>
        <translation>It will be sent automatically as soon as the kiosk is online. Nothing more is needed from you.</translation>
    </message>
    <message>
        <source>The kiosk cannot check right now.</source>
        <translation>The kiosk cannot check right now.</translation>
    </message>
    <message>
        <source>The service cannot be reached at the moment. Please try again later, or scan the QR code on your receipt with your phone.</source>
        <translation>The service cannot be reached at the moment. Please try again later, or scan the QR code on your receipt with your phone.</translation>
    </message>
    <message>
        <source>No application with this code was found.</source>
        <translation>No application with this code was found.</translation>
    </message>
    <message>
        <source>Please compare the code with your receipt. A new application can take a few minutes to appear.</source>
        <translation>Please compare the code with your receipt. A new application can take a few minutes to appear.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Sent to the utility on %1.</source>
        <translation>Sent to the utility on %1.</translation>
    </message>
    <message>
        <source>Last status known to this kiosk: %1</source>
        <translation>Last status known to this kiosk: %1</translation>
    </message>
    <message>
        <source>The kiosk cannot check for news right now: the service cannot be reached. Please try again later, or scan the QR code on your receipt with your phone.</source>
        <translation>The kiosk cannot check for news right now: the service cannot be reached. Please try again later, or scan the QR code on your receipt with your phone.</translation>
    </message>
    <message>
        <source>Track my application</source>
        <translation>Track my application</translation>
    </message>
    <message>
        <source>Hold the QR code of your receipt under the scanner, or type the code from the receipt and touch “Check”.</source>
        <translation>Hold the QR code of your receipt under the scanner, or type the code from the receipt and touch “Check”.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Back to start</source>
        <translation>Back to start</translation>
    </message>
</context>
<context>
    <name>WizardScreen</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Send application</source>
        <translation>Send application</translation>
    </message>
    <message>
        <source>Save and go back to the check</source>
        <translation>Save and go back to the check</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Please correct the marked answers to go on.</source>
        <translation>Please correct the marked answers to go on.</translation>
    </message>
    <message>
        <source>Touch the problem above to change the answer it comes from, or call staff.</source>
        <translation>Touch the problem above to change the answer it comes from, or call staff.</translation>
    </message>
    <message>
        <source>This cannot be put right here: please call staff, they will help you.</source>
        <translation>This cannot be put right here: please call staff, they will help you.</translation>
    </message>
    <message>
        <source>Please check the marked answer.</source>
        <translation>Please check the marked answer.</translation>
    </message>
</context>
</TS>
