// Soft skills, languages, education, hospitality, media and public-service skills. Format: see software.ts.
export const PEOPLE = `# soft
Communication|communication skills,verbal communication,written communication,written and verbal communication,interpersonal communication>Presentation Skills,Stakeholder Management
Presentation Skills|presentations,public speaking,presenting>Communication
Leadership|team leadership,leading teams,leadership skills>People Management,Mentoring
People Management|team management,managing teams,direct reports,line management,managing people>Leadership,Performance Management
Mentoring|mentorship,coaching,mentor>Leadership
Teamwork|collaboration,team player,cross-functional collaboration,cross functional collaboration>Communication
Problem Solving|problem-solving,analytical skills,critical thinking,analytical thinking>Troubleshooting
Attention to Detail|detail-oriented,detail oriented,meticulous>Quality Control
Time Management|prioritization,prioritisation,organizational skills,organisational skills,multitasking,multi-tasking>Project Management
Adaptability|resilience,comfortable with ambiguity>Teamwork
Creativity|creative thinking>Design Thinking
Customer Focus|customer-centric,customer obsession,customer centricity>Customer Service
Decision Making|decision-making,judgment,judgement>Leadership
Emotional Intelligence|empathy,active listening>Communication
Conflict Resolution|conflict management,mediation,de-escalation>Negotiation
Cross-Cultural Communication|cultural awareness,intercultural communication>Communication
Self-Motivation|self-starter,self starter,proactive,ownership mentality>Time Management
Work Ethic|dependability,punctuality>Self-Motivation
Influencing|persuasion,influencing without authority>Stakeholder Management
Facilitation|workshop facilitation,meeting facilitation>Presentation Skills
Storytelling|>Communication
Relationship Building|rapport building,networking skills,client relationships>Account Management
Executive Presence|>Leadership
Delegation|>People Management
Cultural Sensitivity|>Cross-Cultural Communication
Remote Collaboration|remote work,distributed teams,asynchronous communication>Teamwork
Organization Skills|organizing,planning and organizing>Time Management
Multilingual|bilingual,multilingual communication>Communication
# spoken-language
English|english language,fluent english,business english>Communication
Spanish|español,spanish language,fluent spanish>Multilingual
French|français,french language>Multilingual
German|deutsch,german language>Multilingual
Portuguese|português,brazilian portuguese>Multilingual
Italian|italiano>Multilingual
Dutch|nederlands>Multilingual
Mandarin|mandarin chinese,chinese,putonghua>Multilingual
Cantonese|>Multilingual
Japanese|nihongo,japanese language>Multilingual
Korean|hangul>Multilingual
Arabic|modern standard arabic>Multilingual
Hindi|>Multilingual
Bengali|bangla>Multilingual
Urdu|>Multilingual
Punjabi|>Multilingual
Tamil|>Multilingual
Russian|>Multilingual
Ukrainian|>Multilingual
!Polish|>Multilingual
Czech|>Multilingual
Swedish|>Multilingual
Norwegian|>Multilingual
Danish|>Multilingual
Finnish|>Multilingual
Greek|>Multilingual
Turkish|>Multilingual
Hebrew|>Multilingual
Persian|farsi>Multilingual
Vietnamese|>Multilingual
Thai|>Multilingual
Indonesian|bahasa indonesia>Multilingual
Malay|bahasa melayu>Multilingual
Tagalog|filipino>Multilingual
Swahili|>Multilingual
Romanian|>Multilingual
Hungarian|>Multilingual
American Sign Language|asl,sign language>Multilingual
!!Translation|translator>Multilingual,Localization
!!Interpretation|interpreter,simultaneous interpretation>Translation
# education
!!Teaching|classroom teaching,teacher,educator>Curriculum Development,Classroom Management
Curriculum Development|curriculum design,lesson planning,lesson plans,course design>Teaching,Instructional Design
Instructional Design|addie,articulate storyline,articulate 360,captivate,e-learning development,elearning>Curriculum Development,Learning Management Systems
Learning Management Systems|lms,canvas lms,moodle,blackboard,docebo>Instructional Design
Classroom Management|behavior management,behaviour management>Teaching
Special Education|sped,iep,ieps,individualized education programs,special needs>Teaching
Early Childhood Education|ece,preschool,childcare,child care,early years>Teaching
ESL|tefl,tesol,celta,english as a second language,ell>Teaching,English
Tutoring|tutor,academic support>Teaching
Student Assessment|assessment design,formative assessment,grading>Teaching
Academic Advising|student advising,college counseling,career counseling>Counseling
Higher Education|university teaching,lecturing>Teaching
STEM Education|!STEM>Teaching
Educational Technology|edtech,google classroom>Learning Management Systems
Training Delivery|training facilitation,trainer,corporate trainer>Learning and Development
!!Training|staff training,training programs>Training Delivery
Library Science|librarianship,cataloging,archives>Research
Youth Development|youth work,after-school programs>Teaching
# hospitality
Food Service|food and beverage,f&b,food preparation,food prep>Customer Service,Food Safety Certification
Food Safety Certification|servsafe,food handler,food handlers card,food hygiene>Food Service
Cooking|culinary,culinary arts,line cook,sous chef,kitchen operations>Food Service
Baking|pastry,pastry arts>Cooking
Bartending|mixology,bartender>Food Service
Barista|coffee preparation,espresso drinks>Food Service
Serving|waiting tables,waitstaff,fine dining service>Food Service,Customer Service
Hotel Management|hotel operations,front office,property management systems,opera pms>Hospitality
Hospitality|hospitality management,guest services,guest relations,concierge>Customer Service
Housekeeping|cleaning,janitorial,custodial,sanitation>Hospitality
Restaurant Management|restaurant operations,front of house,back of house>Food Service,Operations Management
Catering|banquets,banquet operations>Food Service
Travel Planning|travel agent,tour operations,itinerary planning>Travel Coordination
!!Reservations|booking systems,reservation systems>Hospitality
Wine Knowledge|sommelier,wine service>Bartending
Menu Development|recipe development,menu planning>Cooking
Event Staffing|>Event Planning
# media
!!Writing|content writing,creative writing>Copywriting,Editing
Editing|copy editing,copyediting,proofreading,line editing>Writing
Technical Writing|technical writer,documentation writing,user manuals,api docs>Technical Documentation,Writing
Journalism|reporting news,news writing,investigative journalism,reporter>Writing,Editing
AP Style|associated press style,chicago manual of style>Editing
!!Publishing|book publishing>Editing
Podcasting|podcast production,audio production,audio editing>Video Production
Video Production|videography,filming,cinematography>Video Editing
Broadcasting|television production,radio production>Video Production
Audio Engineering|sound design,pro tools,ableton,logic pro>Podcasting
!!Music|music production,music theory>Audio Engineering
Voice Over|voiceover,voice acting>Audio Engineering
Screenwriting|script writing,scriptwriting>Writing
Fashion Design|apparel design,garment construction,pattern making,tech packs>Graphic Design
Interior Design|space planning,interior architecture>Architecture
Art Direction|creative direction,art director,creative director>Graphic Design,Branding
Fine Arts|painting,drawing,sculpture>Illustration
Content Moderation|trust and safety,community guidelines enforcement>Customer Service
Social Media Content|reels,tiktok,short-form video,instagram>Social Media Marketing
Community Building|community engagement,community outreach,community organizing>Social Media Marketing
Museum Curation|curation,collections management>Research
Event Production|live events,stage management,event production>Event Planning
# public
Law Enforcement|policing,patrol,criminal investigations>Public Safety
Public Safety|security guard,security officer,loss prevention,asset protection>Law Enforcement
Firefighting|fire suppression,firefighter>Emergency Medical Services
Emergency Management|disaster response,emergency preparedness,disaster recovery planning>Risk Management
Military Experience|military service,armed forces>Leadership
Corrections|correctional officer,inmate supervision>Law Enforcement
Dispatch Operations|911 dispatch,emergency dispatch>Emergency Management
Urban Planning|city planning,zoning,land use planning>Policy Analysis
Social Services|human services,case work,child welfare>Social Work
Volunteer Management|volunteer coordination>Nonprofit Management
Fundraising Events|donor relations,major gifts,donor stewardship>Grant Writing
Advocacy|lobbying,government relations,public affairs>Policy Analysis
!!Driving|valid driver's license,driver's license,clean driving record>Commercial Driving
Delivery Driving|courier,delivery driver>Driving
Cleaning Services|commercial cleaning,deep cleaning>Housekeeping
Landscaping|grounds maintenance,lawn care,gardening>Agriculture
Pest Control|exterminator>Maintenance
Childcare Services|nanny,babysitting>Early Childhood Education
Personal Training|fitness training,personal trainer,strength and conditioning,group fitness>Nutrition
Cosmetology|hair styling,hairdressing,barbering,esthetics>Customer Service
Massage Therapy|licensed massage therapist,lmt>Physical Therapy
`;
