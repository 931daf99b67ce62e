// Healthcare, science, engineering, manufacturing and logistics skills. Format: see software.ts.
export const INDUSTRY = `# healthcare
Patient Care|direct patient care,bedside care,patient assessment,patient assessments>Nursing,Vital Signs
Nursing|registered nurse,!RN,nursing care,clinical nursing>Patient Care,Medication Administration
Licensed Practical Nurse|lpn,lvn,licensed vocational nurse>Nursing
Nurse Practitioner|fnp,aprn>Nursing,Diagnosis
Certified Nursing Assistant|cna,nursing assistant,patient care technician>Patient Care
Medication Administration|med pass,administering medications,medication management>Nursing
Vital Signs|vitals,taking vital signs>Patient Care
Phlebotomy|venipuncture,blood draws,specimen collection>Laboratory Skills
IV Therapy|iv insertion,intravenous therapy,iv starts>Nursing
Wound Care|wound management,dressing changes>Nursing
Critical Care|icu,intensive care,ccrn>Nursing,Emergency Medicine
Emergency Medicine|emergency department,emergency room,ed nursing>Critical Care
Pediatrics|paediatrics,pediatric nursing,picu,nicu>Nursing
Oncology|oncology nursing,chemotherapy administration>Nursing
Labor and Delivery|obstetrics,l&d nursing,maternal health,midwifery>Nursing
Medical-Surgical Nursing|med-surg,med surg,medical surgical>Nursing
Operating Room|perioperative nursing,surgical nursing,or nursing,scrub nurse,circulating nurse>Nursing
Telemetry|cardiac monitoring,telemetry nursing,ekg interpretation>Nursing,Electrocardiography
Electrocardiography|ecg,ekg,12-lead ecg>Telemetry
Geriatrics|gerontology,elder care,long-term care,ltc,dementia care>Patient Care
Home Health|home health care,home care,hospice,palliative care>Patient Care
Mental Health|behavioral health,behavioural health,psychiatric nursing,crisis intervention>Counseling
Counseling|counselling,therapy,psychotherapy,cbt,cognitive behavioral therapy>Mental Health
Social Work|case management,lcsw,msw,care coordination>Counseling
Basic Life Support|bls,cpr,bls certification,cpr certification,first aid>Advanced Cardiac Life Support
Advanced Cardiac Life Support|acls,!PALS,nrp>Basic Life Support,Critical Care
Electronic Health Records|ehr,emr,electronic medical records,!Epic,epic systems,cerner,meditech,athenahealth,allscripts>Medical Documentation
Medical Documentation|clinical documentation,charting,medical records>Electronic Health Records
Medical Terminology|>Medical Coding
Medical Coding|icd-10,icd-9,cpt coding,cpt,hcpcs,medical billing,revenue cycle management,rcm>Medical Terminology,Health Insurance Billing
Health Insurance Billing|insurance verification,prior authorization,prior authorizations,eligibility verification>Medical Coding
HIPAA|hipaa regulations>Privacy Law
Infection Control|infection prevention,sterile technique,aseptic technique>Nursing
Physical Therapy|physiotherapy,rehabilitation,rehab,therapeutic exercise>Occupational Therapy
Occupational Therapy|activities of daily living,adls>Physical Therapy
Speech-Language Pathology|speech therapy,slp>Pediatrics
Respiratory Therapy|ventilator management,mechanical ventilation>Critical Care
Radiology|medical imaging,x-ray,mri,ct scan,radiography,ultrasound,sonography>Diagnosis
Pharmacy|pharmacist,pharmacy technician,dispensing,compounding>Medication Administration
Pharmacology|pharmacokinetics,pharmacodynamics>Pharmacy
Clinical Research|clinical trials,clinical studies,good clinical practice,crc,cra>Regulatory Affairs
Regulatory Affairs|fda regulations,regulatory submissions,510(k),ectd>Clinical Research,Compliance
Pharmacovigilance|drug safety,adverse event reporting>Clinical Research
Medical Devices|medical device,iso 13485,iec 62304>Regulatory Affairs,Quality Assurance Manufacturing
Diagnosis|clinical diagnosis,differential diagnosis>Patient Care
Public Health|epidemiology,population health,community health>Statistics
Health Informatics|clinical informatics,hl7,fhir,healthcare it>Electronic Health Records
Dental Hygiene|dental assisting,dentistry,oral health>Patient Care
Veterinary Care|veterinary,animal care,vet tech>Patient Care
Nutrition|dietetics,registered dietitian,clinical nutrition,meal planning>Patient Care
Patient Education|health education,discharge planning>Patient Care
Healthcare Administration|healthcare management,hospital administration,practice management>Operations Management
Medical Scheduling|patient scheduling,front desk>Calendar Management
Caregiving|personal care,companionship,caregiver>Patient Care
Emergency Medical Services|emt,paramedic,ems>Basic Life Support
Laboratory Skills|lab techniques,laboratory techniques,bench work,wet lab>Laboratory Safety
Laboratory Safety|biosafety,chemical hygiene,bsl-2>Laboratory Skills
# science
Molecular Biology|pcr,qpcr,rt-pcr,cloning,gel electrophoresis,dna extraction>Laboratory Skills,Cell Culture
Cell Culture|tissue culture,mammalian cell culture,aseptic cell culture>Molecular Biology
Flow Cytometry|facs>Cell Culture
Western Blot|western blotting,immunoblotting,sds-page>Molecular Biology
ELISA|immunoassays,immunoassay>Molecular Biology
CRISPR|gene editing,crispr-cas9>Molecular Biology
Next-Generation Sequencing|ngs,rna-seq,dna sequencing,illumina,single-cell sequencing>Bioinformatics,Molecular Biology
Microbiology|bacterial culture,microbial testing>Laboratory Skills
Immunology|>Molecular Biology
Biochemistry|protein purification,enzyme assays,protein expression>Molecular Biology
Analytical Chemistry|hplc,gc-ms,lc-ms,mass spectrometry,chromatography,spectroscopy,nmr,ftir,uv-vis>Laboratory Skills
Organic Chemistry|organic synthesis,synthetic chemistry>Analytical Chemistry
Chemistry|general chemistry,chemical analysis,wet chemistry>Analytical Chemistry
Materials Science|materials characterization,xrd,metallurgy>Chemistry
Physics|applied physics,optics,photonics,lasers>Mathematics
Good Laboratory Practice|glp,gmp,cgmp,good manufacturing practice>Quality Assurance Manufacturing
LIMS|laboratory information management system,electronic lab notebook,eln>Laboratory Skills
Environmental Science|environmental monitoring,environmental compliance,ehs,environmental health and safety>Sustainability
Sustainability|esg,carbon accounting,decarbonization,life cycle assessment,lca>Environmental Science
Ecology|field research,field work,wildlife biology,conservation>Environmental Science
Geology|hydrogeology,geophysics,geotechnical>Environmental Science
Neuroscience|electrophysiology,neuroimaging,fmri,eeg>Biology
Biology|life sciences,cell biology>Molecular Biology
Genetics|genomics,human genetics>Molecular Biology
Toxicology|>Pharmacology
Assay Development|assay design,method development,method validation>Analytical Chemistry
Scientific Writing|manuscript writing,research papers,peer-reviewed publications,publications>Technical Writing
!!Research|research methods,research methodology,academic research,literature review>Scientific Writing
Data Collection|field data collection>Research
Animal Handling|animal models,in vivo studies,rodent handling>Laboratory Skills
Agriculture|agronomy,crop science,farming,horticulture>Environmental Science
Food Science|food safety,haccp,food technology,quality control food>Quality Control
# engineering
Mechanical Engineering|mechanical design,machine design>CAD,SolidWorks,Finite Element Analysis
Electrical Engineering|electrical design,power systems,circuit analysis>Circuit Design
Civil Engineering|structural engineering,structural analysis,site development>AutoCAD,Construction Management
Chemical Engineering|process engineering,chemical process design>Chemistry
Aerospace Engineering|aeronautics,avionics,propulsion,flight dynamics>Mechanical Engineering
Biomedical Engineering|bioengineering>Medical Devices
Industrial Engineering|time studies,work measurement,line balancing>Process Improvement,Lean Manufacturing
Systems Engineering|mbse,requirements management,ibm doors,systems integration>Requirements Gathering
CAD|computer-aided design,computer aided design,3d cad,2d drafting,drafting>AutoCAD,SolidWorks
AutoCAD|autocad civil 3d,civil 3d,autocad electrical>CAD
SolidWorks|solidworks simulation>CAD,Mechanical Engineering
CATIA|>CAD
Siemens NX|unigraphics,!NX>CAD
PTC Creo|creo,pro/engineer>CAD
Autodesk Inventor|>CAD
Fusion 360|autodesk fusion>CAD
Revit|autodesk revit,bim,building information modeling>AutoCAD,Architecture
GD&T|geometric dimensioning and tolerancing,tolerance analysis>CAD,Mechanical Engineering
Finite Element Analysis|fea,ansys,abaqus,structural simulation>Mechanical Engineering
Computational Fluid Dynamics|cfd,ansys fluent,openfoam>Finite Element Analysis
Simulink|>MATLAB,Control Systems
Control Systems|control theory,pid control,controls engineering>Simulink,PLC Programming
PLC Programming|plc,plcs,programmable logic controllers,ladder logic,allen-bradley,siemens s7,rslogix>Control Systems,Automation
SCADA|hmi,dcs,distributed control systems>PLC Programming
Automation|industrial automation,process automation,robotic automation>PLC Programming
Circuit Design|pcb design,schematic capture,circuit board design,analog design,mixed-signal design>Altium Designer,Electrical Engineering
Altium Designer|altium,kicad,eagle pcb,orcad,cadence allegro>Circuit Design
Embedded Systems|embedded software,embedded development,firmware,firmware development,microcontrollers,mcu>C,RTOS
Embedded C|embedded c programming>Embedded Systems,C
RTOS|freertos,zephyr rtos,real-time operating systems,vxworks>Embedded Systems
ARM Cortex|arm microcontrollers,stm32,cortex-m>Embedded Systems
Arduino|raspberry pi>Embedded Systems
FPGA|fpgas,xilinx,vivado,intel quartus>Verilog,VHDL
ASIC Design|asic,rtl design,physical design,synthesis and timing,static timing analysis>Verilog
Hardware Design|hardware engineering,board bring-up>Circuit Design
Oscilloscopes|oscilloscope,logic analyzers,multimeters,test equipment>Hardware Design
Signal Integrity|emi/emc,emc testing>Hardware Design
Power Electronics|motor control,inverters,battery management systems,bms>Electrical Engineering
Semiconductors|semiconductor,wafer fabrication,photolithography,cleanroom>Materials Science
HVAC|hvac systems,heating ventilation and air conditioning,mechanical systems>Mechanical Engineering
Electrical Wiring|wiring,electrical installation,nec code,national electrical code>Electrical Engineering
Renewable Energy|solar,solar pv,wind energy,photovoltaics,energy storage>Power Electronics
Energy Management|energy efficiency,energy audits>Sustainability
Oil and Gas|petroleum engineering,drilling,reservoir engineering>Chemical Engineering
Architecture|architectural design,building design,schematic design>Revit,AutoCAD
Surveying|land surveying,gps surveying,total station>Civil Engineering
Construction Management|construction project management,general contracting,site supervision,procore>Project Management
Estimating|cost estimating,construction estimating,quantity takeoff,bluebeam>Construction Management
Blueprint Reading|reading blueprints,technical drawings,schematics reading>CAD
Quality Engineering|quality engineer,spc,statistical process control,fmea,pfmea,8d,root cause corrective action,capa>Quality Assurance Manufacturing,Six Sigma
Quality Assurance Manufacturing|qa/qc,quality systems,iso 9001,qms,quality management system>Quality Engineering
Quality Control|qc,inspection,quality inspection,quality checks>Quality Assurance Manufacturing
Reliability Engineering|reliability analysis,weibull,mtbf>Quality Engineering
Test Engineering|hardware testing,validation testing,verification and validation,v&v>Quality Engineering
Manufacturing Engineering|manufacturing processes,production engineering,dfm,design for manufacturing>Lean Manufacturing
Lean Manufacturing|5s,kanban manufacturing,value stream mapping,total productive maintenance,smed>Six Sigma,Manufacturing Engineering
CNC Machining|cnc,cnc programming,g-code,machining,mill,lathe,cam programming,mastercam>Manufacturing Engineering
Welding|mig welding,tig welding,stick welding,arc welding,fabrication>Metal Fabrication
Metal Fabrication|sheet metal,metalworking>Welding
Injection Molding|plastics,molding>Manufacturing Engineering
Additive Manufacturing|3d printing,fdm,sla printing>Manufacturing Engineering
!!Maintenance|preventive maintenance,predictive maintenance,equipment maintenance,facility maintenance,cmms>Troubleshooting
Industrial Maintenance|millwright,mechanical repair,hydraulics,pneumatics>Maintenance
Forklift Operation|forklift,forklift certified,reach truck,pallet jack>Warehouse Operations
Electrician|journeyman electrician,master electrician,electrical maintenance>Electrical Wiring
Plumbing|pipefitting,plumber>HVAC
Carpentry|finish carpentry,woodworking>Construction
Construction|construction experience,general labor,construction safety>Construction Management
OSHA|osha 10,osha 30,workplace safety,occupational safety,health and safety>Environmental Science
Automotive Repair|automotive technician,auto mechanic,diagnostics automotive,ase certification>Maintenance
Aviation Maintenance|a&p license,aircraft maintenance,airframe and powerplant>Aerospace Engineering
Commercial Driving|cdl,class a cdl,cdl-a,truck driving,commercial driver's license>Logistics
# logistics
Supply Chain Management|supply chain,end-to-end supply chain,scm>Logistics,Procurement,Inventory Management
Logistics|logistics management,transportation management,freight,3pl>Supply Chain Management,Warehouse Operations
Inventory Management|inventory control,stock control,cycle counts,cycle counting,inventory planning>Supply Chain Management
Warehouse Operations|warehouse management,warehousing,distribution center,fulfillment,order fulfillment,picking and packing,pick and pack>Logistics,Inventory Management
Warehouse Management Systems|wms,manhattan associates,blue yonder>Warehouse Operations
Demand Planning|supply planning,s&op,sales and operations planning,mrp,material requirements planning>Forecasting,Supply Chain Management
Production Planning|production scheduling,capacity planning manufacturing>Demand Planning
Import/Export|customs compliance,customs brokerage,incoterms,trade compliance>Logistics
Fleet Management|route planning,dispatching,dispatch>Logistics
Shipping and Receiving|shipping and receiving clerk>Warehouse Operations
Last-Mile Delivery|delivery operations>Logistics
Category Management|category manager,assortment planning>Procurement,Retail Sales
Merchandise Planning|retail buying,merchandise allocation>Category Management
Contract Management|contract administration>Procurement
Facilities Management|building operations,property maintenance>Maintenance
`;
