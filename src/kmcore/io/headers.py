"""The headers librarians write, beyond :data:`kmcore.io.mapping.SYNONYMS`, and how a header
that is not word for word one of them is still understood.

The words here come from the ways innovations logs, QI project registers, staff lists and
"who knows what" directories are headed in practice: "Ward / Dept", "Innovator(s)",
"What problem does it solve?", "Savings (£)", "Areas of expertise", "Happy to…". They are
merged into the synonym table, so ``--map`` and the saved mapping file work the same way for
them.

:func:`qualifier_free` drops what a header says *about* its column ("(if known)", "(£)",
"please describe", a trailing question mark), and :func:`contained_phrase` finds the longest
known phrase inside a longer header ("Project status update" holds "project status"):
both are shown in the preview as guesses of medium confidence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["BOOKKEEPING", "EXTRA_HEADERS", "ROLE_NOUNS", "contained_phrase", "qualifier_free"]

#: Columns a SharePoint list, Microsoft Forms or ESR export adds about the list itself, not
#: the record: never guessed from a word inside them ("Item Type" is not the innovation type,
#: "Modified" not a date of the innovation). A librarian can still map one with ``--map``.
BOOKKEEPING = frozenset({
    "item type", "path", "content type", "version", "modified", "modified by", "created",
    "created by",
    "compliance asset id", "attachments", "app created by", "app modified by",
    "label applied", "retention label", "item child count", "folder child count",
    "start time", "completion time", "last modified time", "assignment no",
    "assignment number", "staff no", "employee number", "last reviewed", "updated by",
    "last updated", "date modified",
    # an HR system's numbers for a person or post, and professional registrations: they
    # identify somebody elsewhere, and are no key or field here ("GMC number" is not the
    # list's reference number)
    "person number", "pay number", "payroll number", "payroll no", "staff number",
    "esr number", "esr no", "position number", "employee no", "employee id", "staff id",
    "gmc number", "gmc no", "gmc", "nmc pin", "nmc number", "nmc no", "hcpc number",
    "hcpc no", "hcpc registration", "hcpc registration number", "gdc number", "gphc number",
    "asg no", "asg number", "assignment ref", "assignment id",
    "registration number", "professional registration", "professional registration number",
    "smartcard number", "smartcard", "cost centre code", "cost center code"})

#: A staff list's name column headed by what its people are to it ("Faculty member",
#: "Champion"): the header whole names them, but inside a longer header the word asks
#: something about them ("Knowledge champion? (Y/N)", "Member since"), never the name.
ROLE_NOUNS = frozenset({"faculty member", "faculty", "team member", "member", "network member",
                        "champion", "coach", "ambassador", "fellow", "staff member"})

#: Extra header words by record type ("*": any type), merged into ``SYNONYMS``.
EXTRA_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "*": {
        "key": ("id", "ref no", "ref number", "ref num", "log ref", "entry no", "entry number",
                "innovation id", "project id", "project ref", "project number", "idea id",
                "idea no", "idea number", "innovation ref", "innovation no",
                "innovation number", "reference no", "our reference", "log id", "row id",
                "qi ref", "qi number", "case no", "case number", "story ref", "lesson ref",
                "project no", "project num", "proj no", "qi no", "qi project no",
                "qi project number", "scheme no", "scheme number", "improvement no",
                "initiative no", "initiative number", "log no", "log number", "ref id",
                "unique ref", "unique id", "reference id",
                # codes a grant or finance team gives an idea
                "grant code", "grant ref", "grant reference", "grant no", "grant number",
                "project code", "idea code", "innovation code", "scheme code", "qi code",
                "idea ref", "idea reference", "idea ref no", "ref code", "reference code",
                "ref no idea", "project ref no", "idea no ref",
                # an Access database's own abbreviations ("InnovID", "ProjRef")
                "innov id", "innov ref", "innov no", "innovation ref no", "proj id",
                "proj ref", "scheme id", "idea id no"),
        "department": ("ward dept", "ward or department", "dept or ward", "department ward",
                       "service area", "care group", "clinical area", "clinical service",
                       "business unit", "cbu", "clinical business unit", "department service",
                       "service line", "ward unit", "ward team", "team service", "division",
                       "directorate specialty", "dept team", "speciality department",
                       "department or service", "department name", "team name",
                       "team base", "base team", "team location", "ward base",
                       "service line name", "care group name", "division name",
                       "clinical division", "unit name", "ward unit name", "clinical unit",
                       "directorate division", "division directorate",
                       # where an idea is based (a staff list's "Base" is its site)
                       "base", "location", "ward location", "department location",
                       # a team named beside the level above it ("Directorate / Team"),
                       # and the clinic, hub or practice a list or form is kept by
                       "directorate team", "team directorate", "division team",
                       "team division", "directorate or team", "division or team",
                       "care group team", "clinic", "clinic hub", "hub", "hub clinic",
                       "clinic or hub", "clinic base", "practice", "gp practice",
                       "practice name", "practice or team", "team or practice",
                       "practice team", "which practice", "which team",
                       "which practice or team", "which team or practice",
                       "team based at", "practice based at",
                       # a form asking the person filling it in ("Your team")
                       "your team", "your ward", "your department", "your service",
                       "your team or service", "your ward or team", "your team or ward",
                       "your ward or department", "your service or team", "your unit",
                       "which ward", "which service", "which department",
                       "which ward or team", "which team or service",
                       "which service or team", "team you work in", "ward you work on",
                       "dept name", "dept", "department title", "dept title"),
        "keywords": ("tag", "tags keywords", "keywords tags", "search terms", "labels"),
        "summary": ("summary", "short summary", "one line summary", "strapline"),
    },
    "innovation": {
        "title": ("title", "idea", "idea title", "name of idea", "project innovation",
                  "innovation project", "innovation project name", "scheme",
                  "improvement project", "qi project", "qi project title",
                  "title of project", "title of innovation", "project innovation title",
                  "innovation name project", "improvement", "innovation title name",
                  "innov title", "innov name", "innovation title", "proj title",
                  "project title", "scheme title", "scheme name",
                  # an ideas box's "The idea" (in a few words) beside its "More detail"
                  "the idea", "your idea", "idea in a few words"),
        "lead": ("lead", "innovator name", "innovators", "innovator s", "lead clinician",
                 "lead contact", "main contact", "responsible person", "staff member",
                 "submitted by name", "submitter", "proposer", "project lead name",
                 "lead name", "name of innovator", "lead innovator", "who", "led by name",
                 "innovator email", "lead email address", "email", "e mail", "email address",
                 "e mail address", "lead contact email", "project lead email",
                 "submitter email", "innovator e mail", "owner", "idea owner",
                 "project owner", "innovation owner", "owner name", "owner email",
                 "owner e mail", "idea owner email",
                 # who put the idea forward (a *sponsor* backs it, and is not the lead)
                 "applicant", "applicant name", "applicant s name", "name of applicant",
                 "lead applicant", "applicant email", "requester", "requestor",
                 "requested by", "requester name", "requestor name", "proposed by",
                 "proposer name", "name of proposer", "idea from", "idea by",
                 "ideas from", "idea submitted by", "suggested by", "idea suggested by",
                 "put forward by", "raised by", "submitted by", "submitted by email",
                 "name of submitter", "champion name", "idea champion",
                 "project champion", "innovation champion", "clinical champion",
                 "change champion", "qi champion",
                 # a form's "about you" question: who is behind the idea
                 "your name", "your name and role", "your name role", "name and role",
                 "your name and job title", "name and job title", "your name and job",
                 "your details", "who is behind it", "who s behind it", "who are you",
                 "your name and team", "your name s",
                 # who is filling in the form is who is behind the idea (a log's "Name"
                 # is the idea's, so only "your" and "full" names)
                 "your full name", "full name", "your full name and role",
                 "full name of lead", "name of person submitting", "name of submitter",
                 "submitter name", "submitter s name", "your name please"),
        "problem": ("problem", "problem issue", "issue identified", "the challenge",
                    "problem being addressed", "what problem does it solve",
                    "what problem did it solve", "what was the issue", "why was it needed",
                    "why needed", "reason", "context", "opportunity", "problem to solve",
                    "problem addressed", "the issue", "issue problem",
                    "what was the problem or need", "case for change"),
        # a QI "project on a page": the aim is the project's one-line statement of what it
        # does (its summary); the change ideas are what it does in detail (the description)
        "summary": ("aim", "aims", "project aim", "aim statement", "our aim", "the aim",
                    "smart aim", "project aims"),
        "department": ("programme", "programme area",
                       # where an idea would happen ("Site / building")
                       "site", "building", "site building", "site or building",
                       "building site", "site and building", "programme name", "workstream",
                       "work stream", "portfolio", "owning programme", "icb programme"),
        "description": ("description", "summary of innovation", "details of innovation",
                        "description of change", "idea description", "what is the idea",
                        "change made", "solution", "outline", "innovation description",
                        "project description", "description of innovation project",
                        "what did you do", "what was changed", "the change", "what changed",
                        "description of project", "details", "summary of idea",
                        "more detail", "more details", "further detail", "further details",
                        "more info", "more information", "detail",
                        "idea summary", "summary of the idea", "project summary",
                        "summary of project", "change ideas", "change idea",
                        "what we did", "what we have done", "what we ve done",
                        # what a grant or bid form asks
                        "what the money is for", "what is the money for",
                        "what the money will be used for", "what the funding is for",
                        "what is the funding for", "what will the money be used for",
                        "purpose", "purpose of project", "purpose of the project",
                        "purpose of funding", "purpose of the funding", "what is it",
                        "what it is", "about the idea", "about the project",
                        "about the innovation", "about this idea", "about your idea",
                        "about the scheme", "idea in brief", "what s the idea",
                        # "<the thing> description": the description of that thing
                        "scheme description", "description of scheme",
                        "description of the scheme", "initiative description",
                        "improvement description", "change description", "qi description",
                        "programme description", "pilot description", "service description",
                        "project details", "scheme details", "idea details",
                        # a form's question ("Describe it in a few sentences")
                        "describe it", "describe your idea", "describe the idea",
                        "describe your project", "describe the project", "describe the change",
                        "describe the scheme", "describe your scheme", "tell us about it",
                        "tell us about your idea", "tell us about the idea",
                        "tell us about your project", "tell us more",
                        "in a few sentences", "a few sentences", "in a sentence or two",
                        # the question a QI register or form asks about the project itself
                        "what are we trying to do", "what are you trying to do",
                        "what is the project", "what does it involve",
                        "what does the project involve", "what will you do",
                        "what will we do", "what are we doing", "what are you doing"),
        "stage": ("stage", "project stage", "innovation stage", "stage status",
                  "status stage", "where is it now", "current position", "position",
                  "update", "latest update", "progress status", "status update",
                  "status free text", "rag status", "where are we now",
                  "where is it at", "current state", "project phase", "current stage",
                  "where we re at", "where we are at", "where are we", "where are we at",
                  "where we are", "where we are now", "where it s at", "where s it at",
                  "position now", "current position now", "latest", "latest position",
                  "latest news", "latest status", "latest progress", "progress update",
                  "progress to date", "progress so far", "update on progress",
                  "current progress", "progress report", "latest update on progress",
                  "update latest", "how is it going", "how it s going",
                  # a form's question ("Where has it got to?")
                  "where has it got to", "where has it got", "where is it up to",
                  "where s it up to", "how far has it got", "how far along is it",
                  "how far has it gone", "what stage is it at", "what stage is it",
                  "what stage are you at", "where are you up to"),
        "evaluation.summary": ("outcome", "outcomes", "results", "result", "impact",
                               "benefits", "measured outcomes", "evaluation", "results outcomes",
                               "outcomes results", "benefits realised", "outcome impact",
                               "impact outcome", "what difference did it make",
                               "difference made", "outcomes achieved", "impact benefits",
                               "evaluation results", "evaluation outcome", "measures",
                               "outcome measures", "benefits impact"),
        "started_on": ("start date", "date started", "date commenced", "project start",
                       "start of project", "commenced on", "date begun", "started on",
                       "date submitted", "date logged", "date raised", "date received",
                       "submitted on", "date of submission", "date idea submitted",
                       "date of idea", "date added to log", "logged on", "date idea started",
                       "date project started", "date innovation started", "started",
                       "start", "commencement date", "date of commencement",
                       "date project began", "date began", "project began", "began",
                       "when did it start", "date idea began", "idea start date",
                       "start of idea", "date started project", "commenced",
                       "kick off", "kickoff", "kick off date", "date of kick off",
                       "kicked off", "kicked off on", "date kicked off", "project kick off",
                       "kick off meeting", "commenced date", "date project commenced",
                       "began on", "date it began", "when it began", "when began",
                       "when did it begin", "start up date", "beginning",
                       # registered with a QI hub or panel: when the project began, unless
                       # a start column says otherwise (see mapping._LOGGED)
                       "date registered", "registered", "registered on", "date of registration",
                       "registration date", "date registered with hub",
                       "when did you start", "when did it start", "when did you begin",
                       "when started",
                       # when the idea came in to the panel or hub: its start unless a start
                       # column says otherwise (mapping._LOGGED)
                       "date in", "date received", "received", "received on",
                       "date entered", "date added", "date opened", "opened on",
                       "date of application", "application date", "date applied",
                       "applied on", "date put forward", "date proposed", "proposed on",
                       # a grants tracker's bare "Applied" over dates (D963)
                       "applied", "applied date", "when applied"),
        "implemented_on": ("date implemented", "implementation date", "go live",
                           "go live date", "live date", "date went live", "date completed",
                           "completion date", "completed", "date live", "implemented date",
                           "date of implementation", "implemented on", "launch date"),
        "savings.cash_releasing_gbp": ("savings", "saving", "savings £", "saving £",
                                       "cost saving", "cost savings", "annual saving",
                                       "annual savings", "estimated savings",
                                       "est savings", "financial benefit",
                                       "financial savings", "cash releasing savings",
                                       "cash savings", "savings per year",
                                       "savings per annum", "savings pa", "£ saved",
                                       "money saved", "cost saved",
                                       # a benefit given in pounds is the saving
                                       "benefit £", "benefit £ yr", "benefit £ pa",
                                       "benefit £ per year", "£ benefit", "annual benefit",
                                       "annual benefit £", "benefit per year", "benefit pa",
                                       "cash benefit", "estimated benefit",
                                       "est benefit", "benefit per annum",
                                       # a form's question ("How much could it save per year?")
                                       "how much could it save", "how much will it save",
                                       "how much does it save", "how much would it save",
                                       "could it save", "save per year", "saving per year",
                                       "saves per year", "how much saved"),
        "savings.non_cash_gbp": ("non cash savings", "non cash releasing savings",
                                 "cost avoidance", "notional savings"),
        "savings.staff_hours": ("staff hours saved", "hours saved", "time saved",
                                "time saved hours", "time saved hrs", "staff time saved"),
        "savings.basis": ("savings basis", "how savings calculated", "basis of savings",
                          "savings calculation", "how calculated"),
        "costs.setup_gbp": ("cost", "costs", "cost £", "set up cost", "setup cost",
                            "one off cost", "budget", "funding amount", "implementation cost",
                            "initial cost", "investment",
                            # a grant given is what the work cost to set up, never a saving
                            # (a bare "Grant" may name the funder, so only with £ or amount)
                            "grant £", "grant gbp", "grant amount", "amount of grant",
                            "grant awarded", "amount awarded", "grant value", "grant total",
                            "grant given", "amount granted"),
        "costs.running_gbp_per_year": ("running cost", "running costs", "annual cost",
                                       "ongoing cost", "recurrent cost"),
        "costs.funding_source": ("funding", "funding source", "funded by", "source of funding",
                                 "funder"),
        "innovation_type": ("category", "innovation type", "type of change",
                            "category of innovation", "innovation category", "change type",
                            "type of project", "project type"),
        "setting": ("setting", "care setting"),
        "key_learning_points": ("lessons", "lessons learnt", "key learning", "learning",
                                "learning points", "key lessons", "what did you learn",
                                "what we learnt", "top tips", "advice to others"),
        "team": ("team", "team members", "project team", "others involved", "co leads",
                 "co lead", "team names", "other team members", "wider team",
                 "people involved", "who else was involved", "collaborators"),
        "adoption.adopted_by": ("adopted by", "spread to", "adopting organisations",
                                "other organisations", "other trusts using",
                                "taken up by", "organisations adopting", "shared with"),
    },
    "person": {
        "display_name": ("name", "staff name", "full name", "employee name", "colleague",
                         "member of staff", "staff member", "expert name", "person name",
                         "name of staff member", "contact",
                         # a staff list names its name column for who is in it
                         "employee", "employee full name", "staff full name", "staff",
                         "clinician", "clinician name", "doctor", "doctor name",
                         "consultant", "consultant name", "practitioner name",
                         "surname forename", "forename surname", "surname first name",
                         "first name surname", "last name first name",
                         "first name last name", "name surname first",
                         # a list of who is in a faculty, a network or a scheme heads its
                         # name column by what they are to it ("Faculty member", "Champion")
                         "faculty member", "faculty", "faculty name", "team member",
                         "member", "member name", "network member", "champion",
                         "champion s name", "coach", "coach name", "mentor name",
                         "faculty member name", "team member name", "staff member name",
                         "ambassador", "ambassador name", "fellow", "fellow name"),
        "job_title": ("job title", "role", "post", "position", "title", "job role",
                      "post title", "role title", "job title role", "designation",
                      "grade", "band", "pay band", "afc band", "agenda for change band",
                      "nhs band", "grade band", "band grade", "grade role", "role grade",
                      "grade and post", "post grade", "band and role", "role and band",
                      "job", "job grade", "job band", "current post", "current role",
                      "post held", "position held", "current position", "job position",
                      "role position", "job post",
                      # what ESR and rota extracts call the post
                      "position title", "position name", "post name", "job name",
                      "job title and band", "job title band", "role and grade",
                      "substantive post", "substantive role", "primary assignment",
                      "assignment title", "role job title", "job title position"),
        # a contacts list's organisation: someone from outside (a GP federation's staff)
        "employer.name": ("company", "company name", "employer", "employer name"),
        "work_email": ("email", "e mail", "email address", "e mail address", "nhs email",
                       "nhs mail", "nhs net", "nhs net email", "work email", "email nhs net",
                       "contact email"),
        "phone": ("phone", "ext", "extension", "tel", "telephone", "tel ext", "phone ext",
                  "bleep", "contact number", "phone number", "telephone number"),
        "department": ("department", "dept", "team", "service", "ward", "directorate",
                       "clinic", "hub", "clinic hub", "clinic or hub", "practice",
                       "specialty", "speciality", "area", "unit", "team department",
                       "department team", "ward dept",
                       # a department's own sub-teams ("Section": MSK, CT, Breast screening)
                       "section", "sub section", "subsection", "modality",
                       "team base", "base team", "team location", "team based at",
                       # an ESR extract's organisation is the person's team or service
                       # (a broader level, "Org L3", gives way to a team column)
                       "organisation", "organization", "org", "organisation name",
                       "organization name", "org name", "organisation unit", "org unit",
                       "organisational unit", "organisation team", "sub organisation",
                       "work area", "workplace", "place of work",
                       "service team", "team or service", "service or team", "clinical team",
                       "ward or team", "team or ward", "ward team", "team ward",
                       "sub department", "subdepartment", "service name", "team unit",
                       "cost centre name", "cost centre description", "cost center name",
                       "primary organisation", "primary org", "home organisation",
                       # ESR's lower levels of its organisation hierarchy (L2 is the trust,
                       # L3 a division: those are broad)
                       "org l4", "org l5", "org l6", "org l7", "org level 4", "org level 5",
                       "org level 6", "organisation l4", "organisation l5", "organisation l6",
                       "organisation level 4", "organisation level 5", "organisation level 6",
                       "department ward", "ward or department", "department or ward",
                       "esr organisation", "cost centre", "cost center", "team service"),
        "site": ("site", "base", "location", "based at", "hospital", "main site",
                 "work base", "office"),
        "staff_group": ("staff group", "staff category", "professional group", "group"),
        "profession": ("profession", "discipline", "professional background",
                       "clinical background"),
        "profile.expertise": ("expertise", "areas of expertise", "area of expertise",
                              "expertise areas", "specialist interests", "special interests",
                              "specialist areas", "skills", "knowledge areas",
                              "areas of knowledge", "ask me about",
                              "subject expertise", "clinical interests", "interests",
                              "specialisms", "specialism", "topics", "expert in",
                              "knowledge and skills", "skills and expertise",
                              "expertise skills", "key skills", "experience in",
                              "areas of interest", "what i know about", "topics i can talk about",
                              "research interests", "clinical specialties",
                              "specialist skills", "expertise interests",
                              # what special-interest lists and "who to ask" directories
                              # call the column, singular or plural
                              "special interest", "specialist interest",
                              "clinical interest", "clinical special interest",
                              "clinical special interests", "particular interests",
                              "sub specialty interest", "sub specialty interests",
                              "subspecialty interest", "subspecialty interests",
                              "sub speciality interest", "sub speciality interests",
                              "area of special interest", "areas of special interest",
                              "area of interest", "areas of specialism", "specialist subjects",
                              "specialist knowledge", "knowledge of",
                              "can advise on", "areas i can advise on", "advise on",
                              "go to person for", "go to for",
                              "subject areas", "subject area", "competencies",
                              "areas of experience", "expert areas",
                              "expertise in", "specialist in", "interested in",
                              "also interested in", "other interests",
                              # a form's question: "What could colleagues ask you about?"
                              "ask you about", "could ask you about", "asked about",
                              "come to you about", "come to you for", "questions about",
                              "sub specialty", "subspecialty", "sub speciality",
                              "subspeciality", "sub specialties", "sub specialities",
                              # a second column of them adds to the first
                              "additional interests", "further interests",
                              "secondary interests", "other areas of interest", "other skills",
                              "additional skills", "other expertise", "additional expertise",
                              "also knows about", "other specialist interests",
                              "interest areas",
                              # a champions list's "Link role(s) & special interests"
                              "link role", "link roles", "link roles special interests",
                              "link role special interests", "link role and special interests",
                              "link roles and special interests", "champion roles",
                              "champion role", "link roles and interests",
                              "link role and interests", "lead roles and interests",
                              # the topics they could help with are what they know about
                              # (what they would *do* is willing_to: "Can help with")
                              "topics i can help with", "topics i can advise on",
                              "topics i know about", "topics i can help on",
                              "subjects i can help with", "areas i can help with",
                              "knows about", "knowledge about", "knowledgeable about",
                              "what they know about", "what i know", "can talk about",
                              "expert on", "ask them about", "ask about",
                              "topics you can help with", "subjects you can help with",
                              "areas you can help with", "topics i could help with",
                              # a champions list: "Areas I can support with" (D1201)
                              "areas i can support with", "areas i can support",
                              "topics i can support with", "subjects i can support with",
                              "areas you can support with", "areas i could support with",
                              # a form asking what someone could share: topics, skills, or
                              # their lived experience (a peer worker's expertise), not who
                              # may see the record ("share with" alone is visibility)
                              "lived experience", "could you share", "can you share",
                              "you could share", "you can share", "i could share",
                              "i can share", "share with colleagues", "share with others",
                              "share with staff"),
        "profile.willing_to": ("willing to", "happy to", "available for", "can offer",
                               "offers", "willing to help with", "i am happy to",
                               "i m happy to", "happy to be contacted for",
                               "willingness", "support offered", "offer", "available to",
                               # what they can help *with* is what they offer to do
                               "can help with", "i can help with", "could help with",
                               "how i can help",
                               "ways i can help", "i can offer",
                               "teaching advice offered", "teaching and advice offered",
                               "teaching offered", "advice offered", "help offered",
                               "offered", "offering", "what i can offer", "can offer to",
                               "able to offer", "happy to offer", "happy to help with",
                               "happy to provide", "available for teaching",
                               "available to help with", "offers to",
                               "willing to offer", "teaching advice", "can provide",
                               "i can provide", "can give",
                               # a yes/no column naming one offer
                               "mentoring", "mentor", "coaching", "willing to mentor",
                               "happy to mentor", "available to mentor", "shadowing",
                               "happy to be shadowed", "peer assist", "peer support"),
        "profile.methods_experience": ("methods", "qi methods", "methods experience",
                                       "techniques", "methodologies", "km techniques",
                                       "improvement methods", "tools and methods"),
        "profile.overview": ("about me", "bio", "biography", "overview", "profile",
                             "short bio", "about"),
        "profile.languages": ("languages", "languages spoken", "language", "other languages",
                              "spoken languages", "language s spoken", "languages other than "
                              "english"),
        "profile.populations": ("patient groups", "populations", "patient population",
                                "client groups"),
        "employment_status": ("employment status", "status", "in post", "still in post",
                              "current staff", "leaver", "employment", "current", "in post y n",
                              "leaver y n", "left y n", "still here",
                              # a yes/no question about staying ("Still with us?")
                              "still with us", "still in post y n", "still here y n",
                              "current y n", "still employed", "still at the trust",
                              "still working here", "still in the team", "still with the trust",
                              "still in role", "in role", "still active",
                              # ESR's assignment statuses (Active / Suspend / Terminate)
                              "assignment status"),
        "left_on": ("leaving date", "date left", "left on", "end date", "left trust",
                    "leaver date", "date of leaving", "termination date", "leave date",
                    "contract end date", "contract end", "end of employment",
                    "date of termination", "left date", "date left trust", "last day",
                    "last working day", "assignment end date", "date leaving"),
    },
}

_QUALIFIERS = re.compile(
    r"\([^)]*\)|\[[^\]]*\]|\b(please|describe|briefly|optional|if known|if applicable|"
    r"e\.?g\.?|free text|max \d+ words|yyyy|dd mm yyyy|dd/mm/yyyy)\b|[?*:]+", re.I)


def qualifier_free(header: str) -> str:
    """*header* without what it says about its column: ``"Savings (£ per year)"`` ->
    ``"Savings"``, ``"Lead (name)"`` -> ``"Lead"``, ``"Problem?*"`` -> ``"Problem"``."""
    return " ".join(_QUALIFIERS.sub(" ", header).split())


def contained_phrase(key: str, words: Mapping[str, str]) -> tuple[str, str] | None:
    """``(phrase, field)`` for the longest known phrase inside the normalised header *key*,
    when every phrase found points to the same field (else None: two meanings is no guess).
    Phrases of one short word ("no", "id") never count: they hide inside other words."""
    padded = f" {key} "
    hits = sorted(((p, f) for p, f in words.items()
                   if (len(p) >= 4 or " " in p) and f" {p} " in padded),
                  key=lambda pf: len(pf[0]), reverse=True)
    if not hits:
        return None
    phrase, field = hits[0]
    rivals = {f for p, f in hits if f != field and p not in phrase}
    return None if rivals else (phrase, field)
