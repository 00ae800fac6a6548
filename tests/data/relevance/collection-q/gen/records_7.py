from build import I, S, L, AAR, RET, PA, HARV, CAFE, COP
from ids import *
L("lesson-measles-staff-exclusion", SANDOVAL, "Exposed staff without measles immunity must stay off for the incubation period",
  "After the ED measles exposure, four staff with no record of two MMR doses had to be excluded from work from day 5 to day 21, which is the incubation period, and two wards lost nurses at short notice.",
  "Check and record MMR status for every new starter so exclusions are rare.", dept="Occupational Health", kw=["measles", "MMR", "exclusion from work"])
L("lesson-line-infection-bundle", PRYCE, "A PICC care bundle cut line infections in OPAT",
  "Central line-associated bloodstream infections in OPAT patients fell after we audited every dressing change against a five-point care bundle.",
  "Audit line care against the bundle monthly and feed back to each community team.", polarity="sustain", dept="OPAT service, Infectious Diseases", kw=["CLABSI", "care bundle", "PICC"])
